<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Egulias\EmailValidator\EmailValidator;
use Illuminate\Container\Container;
use Illuminate\Support\MessageBag;
use Illuminate\Validation\ValidationRuleParser;
use Illuminate\Validation\Validator as LaravelValidator;
use Oxide\Native;
use Oxide\Runtime;
use Oxide\Validation\MemoizedTranslator;
use ReflectionClass;

/**
 * Native hot paths for a subclass of Illuminate\Validation\Validator.
 *
 * The extension expands wildcard rules against the data and decides, per
 * attribute and rule, whether the rule certainly records no failure. Every
 * other rule runs through Laravel's own validateAttribute(), in Laravel's
 * order and with its bail/stop logic, so failures, messages and exceptions
 * are Laravel's. Anything the extension cannot read exactly (rule objects,
 * conditional rules, objects in the data, exclude rules, customised rule
 * sets) runs Laravel's code from start to end.
 */
trait ValidatesNatively
{
    /** Whether passes() runs on native verdicts (data the extension read entirely). */
    private bool $runsNatively = false;

    /** @var array<string, array<int, string>>|null the rule sets native verdicts assume */
    private static ?array $laravelRuleSets = null;

    /** @var array<string, list<array-key>> the implicit attributes $expansions was built from */
    private array $indexedImplicitAttributes = [];

    /** @var array<string, array<array-key, int>|null> wildcard attribute => its expansions as keys */
    private array $expansions = [];

    public function parseData(array $data)
    {
        if (isset(Runtime::$validation) && Native\validation_data_unchanged($data)) {
            return $data;
        }

        return parent::parseData($data);
    }

    /**
     * @internal
     */
    public function addRules($rules)
    {
        $response = isset(Runtime::$validation) && \is_array($rules)
            ? Native\validation_explode($this->data, $rules)
            : null;

        if ($response === null) {
            parent::addRules($rules);

            return;
        }

        [$exploded, $implicitAttributes] = $response;

        if (empty($this->rules)) {
            $this->rules = $exploded;
        } else {
            foreach ($exploded as $key => $rule) {
                $this->rules[$key] = array_merge($this->rules[$key] ?? [], $rule);
            }
        }

        $this->implicitAttributes = array_merge($this->implicitAttributes, $implicitAttributes);
    }

    public function passes()
    {
        $pending = $this->excludeAttributes === [] && $this->usesLaravelsRuleSets()
            ? Native\validation_pending($this->data, $this->rules, $this->implicitAttributes, $this->usesLaravelsEmailValidator())
            : null;

        if ($pending === null) {
            return parent::passes();
        }

        $this->runsNatively = true;
        try {
            return $this->passesOn($pending);
        } finally {
            $this->runsNatively = false;
        }
    }

    /**
     * Laravel's passes() over the extension's verdicts.
     *
     * @param  array<array-key, string>  $pending
     */
    private function passesOn(array $pending): bool
    {
        $this->messages = new MessageBag;

        [$this->distinctValues, $this->failedRules] = [[], []];

        $translator = $this->translator;
        if ($this->runsOnlyLaravelsCode($pending)) {
            $this->translator = MemoizedTranslator::of($translator) ?? $translator;
        }

        try {
            $this->loopOver($pending);
        } finally {
            $this->translator = $translator;
        }

        if ($this->excludeAttributes !== []) {
            foreach ($this->rules as $attribute => $rules) {
                if ($this->shouldBeExcluded($attribute)) {
                    $this->removeAttribute($attribute);
                }
            }
        }

        foreach ($this->after as $after) {
            $after();
        }

        return $this->messages->isEmpty();
    }

    /**
     * Whether the loop over $pending runs no code but Laravel's: no rule
     * Laravel evaluates ('1': an extension, a database query with its
     * listeners), no replacer, no attribute formatter.
     *
     * @param  array<array-key, string>  $pending
     */
    private function runsOnlyLaravelsCode(array $pending): bool
    {
        if ($this->replacers !== [] || $this->implicitAttributesFormatter !== null) {
            return false;
        }

        foreach ($pending as $verdicts) {
            if (str_contains($verdicts, '1')) {
                return false;
            }
        }

        return true;
    }

    /**
     * Laravel's loop, over the attributes with rules to evaluate ('1'), that
     * certainly fail ('2', exclusions included) or that an exclusion
     * removes ('x'); the rules skipped here certainly record no failure.
     *
     * @param  array<array-key, string>  $pending
     */
    private function loopOver(array $pending): void
    {
        foreach ($pending as $attribute => $verdicts) {
            // Under an attribute an exclude rule excluded.
            if ($verdicts === 'x') {
                $this->removeAttribute($attribute);

                continue;
            }

            if ($this->stopOnFirstFailure && $this->messages->isNotEmpty()) {
                break;
            }

            $position = 0;
            $count = \count($this->rules[$attribute]);
            $asked = false;

            foreach ($this->rules[$attribute] as $rule) {
                $verdict = $verdicts[$position++];
                match ($verdict) {
                    '1' => $this->validateAttribute($attribute, $rule),
                    '2' => $this->addCertainFailure($attribute, $rule),
                    default => null,
                };

                // Laravel asks after every rule whether to go on. Both
                // questions only read the validator's state: after the last
                // rule the loop ends either way, and a rule that changed
                // nothing ('0') leaves the last answer ("go on") as it was.
                if ($position === $count || ($verdict === '0' && $asked)) {
                    continue;
                }
                $asked = true;

                if ($this->shouldBeExcluded($attribute) || $this->shouldStopValidating($attribute)) {
                    break;
                }
            }
        }
    }

    /**
     * With no custom messages there is none to find: Laravel's loops run
     * over nothing, after working out the attribute's type (reading its
     * rules and value) for keys nothing can match, a sixth of what each
     * failure costs. Only on native runs, whose data holds no object whose
     * reads could observe the difference.
     */
    protected function getFromLocalArray($attribute, $lowerRule, $source = null)
    {
        if ($this->runsNatively && ! $source && $this->customMessages === []) {
            return null;
        }

        return parent::getFromLocalArray($attribute, $lowerRule, $source);
    }

    /**
     * What validateAttribute() does for a validatable rule that depends on
     * no other field and whose check fails, without running the check.
     */
    private function addCertainFailure(string|int $attribute, string $rule): void
    {
        $this->currentRule = $rule;

        [$rule, $parameters] = ValidationRuleParser::parse($rule);

        $this->numericRules = $this->defaultNumericRules;

        $this->addFailure($attribute, $rule, $parameters);
    }

    public function validated()
    {
        if (! $this->messages) {
            $this->passes();
        }

        if ($this->messages->isEmpty() && isset(Runtime::$validation)) {
            $validated = Native\validation_validated(
                $this->getData(),
                $this->getRules(),
                (bool) $this->excludeUnvalidatedArrayKeys,
                '__dot__'.static::$placeholderHash,
                '__asterisk__'.static::$placeholderHash,
            );

            if ($validated !== null) {
                return $validated;
            }
        }

        // Failures (Laravel throws) and whatever native code left to it.
        return parent::validated();
    }

    /**
     * Laravel scans every expanded attribute of every wildcard attribute for
     * each message it formats (quadratic on big payloads). Here a wildcard
     * attribute's expansions are a set (array_flip(), built when first
     * needed), and a wildcard attribute whose shape cannot produce the name
     * (another number of segments, another leading path) is skipped without
     * one: every expansion has its wildcard's segments, with keys holding no
     * dots in place of the *s. The sets are rebuilt whenever the implicit
     * attributes change (an unchanged array is the same array, so the check
     * costs nothing).
     */
    protected function getPrimaryAttribute($attribute)
    {
        // Integer-like names would meet PHP's key normalisation in the sets.
        if (! \is_string($attribute) || (string) (int) $attribute === $attribute) {
            return parent::getPrimaryAttribute($attribute);
        }

        if ($this->indexedImplicitAttributes !== $this->implicitAttributes) {
            $this->expansions = [];
            $this->indexedImplicitAttributes = $this->implicitAttributes;
        }

        $dots = substr_count($attribute, '.');
        foreach ($this->implicitAttributes as $unparsed => $parsed) {
            $unparsed = (string) $unparsed;
            $leading = strstr($unparsed, '*', true);
            if (substr_count($unparsed, '.') !== $dots || ($leading !== false && ! str_starts_with($attribute, $leading))) {
                continue;
            }
            $expansions = $this->expansions[$unparsed] ??= self::setOf($parsed);
            if ($expansions === null ? \in_array($attribute, $parsed, true) : isset($expansions[$attribute])) {
                return $unparsed;
            }
        }

        return $attribute;
    }

    /**
     * The expansions as array keys; null when one is not a string (Laravel's
     * strict in_array() then decides).
     *
     * @param  array<array-key, mixed>  $parsed
     * @return array<array-key, int>|null
     */
    private static function setOf(array $parsed): ?array
    {
        foreach ($parsed as $name) {
            if (! \is_string($name)) {
                return null;
            }
        }

        return array_flip($parsed);
    }

    /**
     * Native verdicts assume Laravel's implicit, dependent, exclude and
     * numeric rule sets (extensions may add to them), and Laravel's own
     * validate*() methods (a subclass may override them).
     */
    private function usesLaravelsRuleSets(): bool
    {
        if (! isset(Runtime::$validation) || (static::class !== self::class && ! Runtime::inheritsOnly(static::class, self::class))) {
            return false;
        }

        self::$laravelRuleSets ??= array_intersect_key(
            (new ReflectionClass(LaravelValidator::class))->getDefaultProperties(),
            array_flip(['implicitRules', 'dependentRules', 'excludeRules', 'defaultNumericRules']),
        );

        return $this->implicitRules === self::$laravelRuleSets['implicitRules']
            && $this->dependentRules === self::$laravelRuleSets['dependentRules']
            && $this->excludeRules === self::$laravelRuleSets['excludeRules']
            && $this->defaultNumericRules === self::$laravelRuleSets['defaultNumericRules'];
    }

    /**
     * Native `email` verdicts are those of Laravel's default egulias
     * validator, not of one an app binds in its place.
     */
    private function usesLaravelsEmailValidator(): bool
    {
        return ! Container::getInstance()->bound(EmailValidator::class);
    }
}
