<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Illuminate\Translation\Translator;
use Illuminate\Validation\Rule;
use Illuminate\Validation\ValidationException;
use Illuminate\Validation\Validator;
use Oxide\Native;
use Oxide\Validation\Validator as OxideValidator;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use Oxide\Tests\Support\Validators;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\Attributes\RequiresPhpExtension;
use PHPUnit\Framework\TestCase;
use ReflectionProperty;
use stdClass;

/**
 * Oxide\Validation\Validator against Laravel's Validator on the same input:
 * every observable result must be identical.
 */
#[RequiresPhpExtension('oxide')]
final class ValidationParityTest extends TestCase
{
    /** Rules the native engine decides, with parameters that exercise their edges. */
    private const NATIVE_RULES = [
        'required', 'nullable', 'sometimes', 'bail', 'present', 'filled', 'array', 'array:a,b', 'list',
        'string', 'integer', 'integer:strict', 'int', 'numeric', 'numeric:strict', 'boolean', 'boolean:strict',
        'bool', 'accepted', 'declined', 'min:0', 'min:2', 'min:-1', 'max:3', 'max:255', 'size:2', 'size:0',
        'between:1,3', 'between:0,100', 'in:a,b,c', 'in:1,2,0', 'in:,x', 'not_in:a,1', 'in:"a,b",c',
        'digits:2', 'digits_between:1,3', 'alpha', 'alpha:ascii', 'alpha_num', 'alpha_dash', 'starts_with:a,1',
        'ends_with:c,0', 'doesnt_start_with:a', 'doesnt_end_with:z', 'lowercase', 'uppercase', 'uuid', 'ulid',
        'email', 'confirmed', 'same:a', 'different:a', 'required_with:a', 'required_with_all:a,b',
        'required_without:a', 'required_without_all:a,b', 'min:1.5', 'max:abc', 'Required', ' required ',
        '', 'min', 'digits:02', 'required_if:a,x', 'required_if:a,1,true', 'required_if:b,null', 'required_unless:a,abc',
        'prohibited', 'prohibited_if:a,1', 'prohibited_unless:b,x,false', 'prohibits:a', 'missing', 'missing_if:a,a',
        'missing_unless:b,1', 'missing_with:a', 'missing_with_all:a,b', 'gt:a', 'gte:b', 'lt:0', 'lte:10', 'gt:-1',
        'distinct', 'distinct:strict', 'distinct:ignore_case', 'json', 'url', 'ip', 'ipv4', 'ipv6', 'required_if:a',
        'exclude', 'exclude_if:a,1', 'exclude_if:b,x,true', 'exclude_unless:a,abc', 'exclude_with:b', 'exclude_without:c',
    ];

    /**
     * Every rule that names other fields, native or Laravel's, with `{f}`
     * for a field reference and `{v}` for a compared value.
     */
    private const FIELD_RULES = [
        'same:{f}', 'different:{f}', 'different:{f},{f}', 'confirmed:{f}', 'required_with:{f}', 'required_with:{f},{f}',
        'required_with_all:{f},{f}', 'required_without:{f}', 'required_without_all:{f},{f}', 'required_if:{f},{v}',
        'required_if:{f},{v},{v}', 'required_unless:{f},{v}', 'prohibited_if:{f},{v}', 'prohibited_unless:{f},{v}',
        'prohibits:{f}', 'prohibits:{f},{f}', 'missing_if:{f},{v}', 'missing_unless:{f},{v}', 'missing_with:{f}',
        'missing_with:{f},{f}', 'missing_with_all:{f},{f}', 'gt:{f}', 'gte:{f}', 'lt:{f}', 'lte:{f}',
        'exclude_if:{f},{v}', 'exclude_unless:{f},{v}', 'exclude_with:{f}', 'exclude_without:{f}',
        'accepted_if:{f},{v}', 'declined_if:{f},{v}', 'present_if:{f},{v}', 'present_unless:{f},{v}',
        'present_with:{f}', 'present_with_all:{f},{f}', 'required_if_accepted:{f}', 'prohibited_if_declined:{f}',
    ];

    /**
     * Field references: plain, under wildcards (as many `*`s as the
     * attribute, fewer, more, nested), missing, escaped dots, integers, and
     * texts `vsprintf()` reads as formats.
     */
    private const FIELDS = [
        'a', 'b', 'x', 'a_confirmation', 'items', 'items.*', 'items.*.id', 'items.*.name', 'items.*.nope',
        'items.*.tags', 'items.*.tags.*', 'items.*.sub.*.p', 'items.*.sub.*', 'items.*.*', 'items.0.id',
        'items.*.tags.0', '*.id', 'a\\.b', 'items.*.a\\.b', '10', '0', 'items.%s', 'items.*.id%',
    ];

    /** Compared values of conditional rules (substituted as fields are). */
    private const FIELD_VALUES = ['1', '0', 'a', 'x', 'true', 'false', 'null', '', 'abc', 'p*', 'id'];

    /** Rules Laravel evaluates (or that make the whole run Laravel's). */
    private const LARAVEL_RULES = [
        'regex:/^[a-z]+$/', 'date', 'decimal:0,2', 'email:rfc,dns', 'uuid:4',
        'same:items.*.id', 'in_array:a.*', 'required_if:items.*.id,1', 'url:https', 'accepted_if:a,1',
    ];

    private const VALUES = [
        null, '', ' ', "\t", '0', '1', '2', 0, 1, 2, -1, 10, 1.5, 0.0, true, false, 'a', 'b', 'abc', 'ABC', 'Abc',
        'ümlaut', 'ÜBER', '12', ' 12', '12 ', '1e3', '007', '-0', '-5', '99999999999999999999', 'yes', 'on', 'no',
        'off', 'true', 'false', 'a,b', 'taylor@laravel.com', 'a.b+c@example.co.uk', 'bad@', 'x@localhost',
        'first.last@sub.example.org', 'é@example.com', "a\n@b.com", '123e4567-e89b-12d3-a456-426614174000',
        '123E4567-E89B-12D3-A456-42661417400Z', '01ARZ3NDEKTSV4RRFFQ69G5FAV', '81ARZ3NDEKTSV4RRFFQ69G5FAV',
        '__missing__', 'a-b_c', 'a b', "a\x00b", "\xff", '😀', [], ['a'], ['a', 'b'], ['a' => 1], [['a']],
        [1, 2, 3], ['b' => 'x', 'a' => 'y'], '{"a":[1,2.5,"x"]}', '[1,]', '"\\ud800"', 'null', '01',
        'https://laravel.com/docs?x=1#y', 'http://localhost', 'ftp://a.b', 'https://a.b/%zz', "https://a.b\n",
        '192.168.1.1', '01.2.3.4', '::1', '2001:db8::1', '1:2:3:4:5:6:7::', 'A', 'a\n', 'NULL', 'Null',
    ];

    /**
     * @return iterable<string, array{array<array-key, mixed>, array<array-key, mixed>}>
     */
    public static function curatedCases(): iterable
    {
        $items = [
            ['id' => 1, 'name' => 'One', 'email' => 'one@example.com', 'qty' => 5, 'tags' => ['a', 'b']],
            ['id' => '2', 'name' => '', 'email' => 'bad@', 'qty' => 101, 'tags' => ['c', 'z']],
            ['id' => -1, 'email' => null, 'tags' => 'x'],
            'scalar',
            ['id' => ['nested'], 'name' => ['x' => 1], 'tags' => [['a'], []]],
        ];
        $itemRules = [
            'items' => 'required|array',
            'items.*.id' => 'required|integer|min:0',
            'items.*.name' => 'required|string|max:255',
            'items.*.email' => 'required|email',
            'items.*.qty' => 'required|integer|between:0,100',
            'items.*.tags' => 'array',
            'items.*.tags.*' => 'string|in:a,b,c',
        ];
        yield 'the issue payload' => [['items' => $items], $itemRules];
        yield 'rules as arrays' => [['items' => $items], array_map(fn ($rules) => explode('|', $rules), $itemRules)];
        yield 'no data' => [[], $itemRules];
        yield 'items not an array' => [['items' => 'nope'], $itemRules];
        yield 'explicit before wildcard' => [['items' => $items], ['items.0.id' => 'string', 'items.*.id' => 'integer']];
        yield 'explicit after wildcard' => [['items' => $items], ['items.*.id' => 'integer', 'items.0.id' => 'string']];
        yield 'trailing wildcard over nested arrays' => [['a' => [['x' => 1], 2, [], [[]], 'y']], ['a.*' => 'required|array']];
        yield 'deep wildcards' => [['a' => [['b' => [['c' => 1], ['c' => 'x'], 'z']], ['b' => 'no']]], ['a.*.b.*.c' => 'required|integer']];
        yield 'leading wildcard (Laravel parses)' => [[['x' => 1], 5 => ['x' => 'a']], ['*.x' => 'integer']];
        yield 'overlapping wildcards (Laravel parses)' => [['a' => [['b' => 1]]], ['a.*.b' => 'integer', 'a.0.*' => 'string']];
        yield 'keys with dots and asterisks' => [['a.b' => 'x', 'c*' => ['d.e' => '']], ['a\.b' => 'required|integer', 'c*.d\.e' => 'required', 'a.b' => 'required']];
        yield 'integer keys' => [[5 => 'x', 0 => '', '7' => 1], [5 => 'required|integer', 0 => 'sometimes|required', 7 => 'in:1']];
        yield 'confirmation' => [['password' => 'secret', 'password_confirmation' => 'secret', 'pin' => 1234, 'pin_confirmation' => '1234'], ['password' => 'required|confirmed|min:6', 'pin' => 'confirmed']];
        yield 'nullable and sometimes' => [['a' => null, 'b' => '', 'c' => '__missing__'], ['a' => 'nullable|integer', 'b' => 'sometimes|integer', 'c' => 'sometimes|integer', 'd' => 'sometimes|required']];
        yield 'bail and implicit stops' => [['a' => 'x', 'b' => ''], ['a' => 'bail|integer|min:5|email', 'b' => 'required|integer|min:2', 'c' => 'required|string']];
        yield 'required_with family' => [['a' => 'x', 'b' => '', 'c' => null], ['c' => 'required_with:a', 'd' => 'required_with_all:a,b', 'e' => 'required_without:b', 'f' => 'required_without_all:b,c']];
        yield 'in with array rule' => [['a' => ['x', 'y'], 'b' => ['x'], 'c' => [['x']]], ['a' => 'array|in:x,y', 'b' => 'in:x', 'c' => 'array|in:x', 'd' => 'not_in:x']];
        yield 'Rule::in objects' => [['a' => 'b', 'c' => 'x"y'], ['a' => [Rule::in(['a', 'b'])], 'c' => ['required', Rule::in(['x"y', 'z'])]]];
        yield 'closures and rule objects' => [['a' => 'x', 'b' => 3], ['a' => ['required', fn ($attribute, $value, $fail) => $fail('closure says no')], 'b' => ['integer', Rule::notIn([3])]]];
        yield 'conditional rules' => [['a' => 'x'], ['a' => [Rule::when(true, ['integer'], ['string'])]]];
        yield 'exclude rules' => [['a' => 1, 'b' => 'x', 'items' => [['id' => 1]]], ['a' => 'exclude_if:b,x|integer', 'b' => 'required|string', 'items.*.id' => 'exclude_unless:a,2|integer']];
        yield 'excluded parents remove their children mid-run' => [
            ['items' => [['id' => 'x', 'kind' => 'skip', 'n' => 1], ['id' => 2, 'kind' => 'keep', 'n' => 'y']], 'flag' => '1', 'other' => 'z'],
            ['items.*' => 'exclude_if:flag,1', 'items.*.id' => 'integer', 'items.*.n' => 'integer', 'items.0' => 'array', 'other' => 'required_with:items.0.id|exclude_without:flag|string', 'last' => 'exclude|required'],
        ];
        yield 'exclusions by each item' => [
            ['items' => [['id' => 1, 'skip' => true], ['id' => 'x', 'skip' => false], ['id' => 'y', 'skip' => 'true']]],
            ['items.*.skip' => 'boolean', 'items.*.id' => 'exclude_if:items.*.skip,true|integer', 'items.*' => 'array'],
        ];
        yield 'objects in data' => [['a' => new stdClass, 'b' => ['c' => new stdClass]], ['a' => 'required|string', 'b.c' => 'array', 'b.c.d' => 'required']];
        yield 'unicode sizes' => [['a' => 'ümlaut', 'b' => '😀😀', 'c' => "\xff\xfe"], ['a' => 'size:6', 'b' => 'max:2', 'c' => 'min:2']];
        yield 'numeric sizes' => [['a' => '10', 'b' => 10, 'c' => '1e2', 'd' => ' 5', 'e' => 1.5], ['a' => 'integer|min:10', 'b' => 'size:2', 'c' => 'numeric|max:200', 'd' => 'numeric|size:5', 'e' => 'numeric|between:1,2']];
        yield 'distinct edge cases' => [
            ['a' => "\xff", 'b' => 'x', 'items' => [['v' => "\xff"], ['v' => 'A'], ['v' => 'a'], ['v' => 1], ['v' => '1'], ['v' => '01'], ['v' => null], ['v' => ['x']], ['v' => []]]],
            ['a' => 'distinct:ignore_case', 'b' => 'distinct', 'items.*.v' => 'distinct:ignore_case', 'items.*' => 'distinct'],
        ];
        yield 'distinct loose and strict' => [
            ['x' => [1, '1', 'a', 'A', 'b', 1.0, true, '1e0', 'c']],
            ['x.*' => 'distinct', 'y.*' => 'distinct:strict'],
        ];
        // Wildcards inside the parameters of rules that name other fields.
        yield 'missing_with under a wildcard (a bypass before 0.8)' => [['foo' => [['bar' => 1, 'baz' => 'should be missing']]], ['foo.*.baz' => 'missing_with:foo.*.bar,foo.*.fred']];
        yield 'missing_with_all under a wildcard' => [['foo' => [['bar' => 1, 'fred' => 2, 'baz' => 'x']]], ['foo.*.baz' => 'missing_with_all:foo.*.bar,foo.*.fred']];
        $nested = ['items' => [['a' => 1, 'sub' => [['p' => 1], ['p' => 2]]], ['a' => 'x'], ['sub' => []]]];
        foreach (['different', 'same', 'gt', 'gte', 'lt', 'lte', 'present_with', 'missing_with', 'required_with', 'prohibits', 'exclude_with'] as $rule) {
            yield "{$rule} with more wildcards than its attribute (Laravel throws)" => [$nested, ['items.*.a' => "{$rule}:items.*.sub.*.p"]];
            yield "{$rule} with as many wildcards as its attribute" => [$nested, ['items.*.sub.*.p' => "{$rule}:items.*.sub.*.p,items.*.a"]];
            yield "{$rule} with fewer wildcards than its attribute" => [$nested, ['items.*.sub.*.p' => "{$rule}:items.*.a"]];
            yield "{$rule} with a wildcard from a plain attribute" => [$nested + ['x' => 1], ['x' => "{$rule}:items.*.a"]];
        }
        yield 'conditional values substituted too' => [['items' => [['k' => 'p0', 'v' => ''], ['k' => 'p0', 'v' => '']]], ['items.*.v' => 'required_if:items.*.k,p*']];
        yield 'escaped dots and formats in parameters' => [
            ['a.b' => 1, 'items' => [['a.b' => 2, 'c' => '']]],
            ['items.*.c' => 'required_with:items.*.a\.b|missing_with:a\.b', 'x' => 'required_with:items.%s', 'items.*' => 'prohibits:items.*.c%'],
        ];
        yield 'references under an excluded attribute' => [
            ['items' => [['skip' => 1, 'id' => 'x', 'n' => ''], ['skip' => 0, 'id' => 2, 'n' => '']]],
            ['items.*.id' => 'exclude_if:items.*.skip,1|integer', 'items.*.n' => 'required_with:items.*.id|missing_with:items.*.id'],
        ];
        yield 'references to arrays and objects' => [
            ['items' => [['a' => [1, 2], 'b' => [3], 'o' => new stdClass]]],
            ['items.*.a' => 'gt:items.*.b|different:items.*.b|same:items.*.o|required_with:items.*.o'],
        ];
        yield 'unknown and empty rules' => [['a' => 'x'], ['a' => 'required||string|', 'b' => '']];
    }

    /**
     * @param  array<array-key, mixed>  $data
     * @param  array<array-key, mixed>  $rules
     */
    #[DataProvider('curatedCases')]
    public function test_curated_cases(array $data, array $rules): void
    {
        $this->assertSameOutcomes($data, $rules, 'curated');
    }

    public function test_custom_messages_attributes_and_hooks(): void
    {
        $data = ['items' => [['id' => 'x', 'email' => 'nope'], ['id' => 3]], 'a' => ''];
        $rules = ['items.*.id' => 'integer', 'items.*.email' => 'email', 'a' => 'required'];
        $messages = ['items.*.id.integer' => 'Item :attribute (#:position) must be whole.', 'required' => 'Need :attribute.'];
        $attributes = ['a' => 'the A field', 'items.*.email' => 'item email'];
        $hooks = [
            'none' => fn (Validator $v) => $v,
            'stop on first failure' => fn (Validator $v) => $v->stopOnFirstFailure(),
            'after' => fn (Validator $v) => $v->after(fn (Validator $v) => $v->errors()->add('after', 'hook ran')),
            'sometimes' => fn (Validator $v) => $v->sometimes('items.*.id', 'min:5', fn ($input, $item) => true),
            'addRules' => fn (Validator $v) => tap($v)->addRules(['items.*.id' => 'max:1']),
            'setRules' => fn (Validator $v) => $v->setRules(['a' => 'sometimes|string', 'items.*' => 'array:id']),
            'setData' => fn (Validator $v) => $v->setData(['a' => 'x', 'items' => [['id' => 1]]]),
            'excludeUnvalidatedArrayKeys' => function (Validator $v) {
                $v->excludeUnvalidatedArrayKeys = true;

                return $v->setRules(['items' => 'array', 'items.*.id' => 'integer']);
            },
        ];
        foreach ($hooks as $name => $hook) {
            $this->assertSameOutcomes($data, $rules, $name, $messages, $attributes, $hook);
        }
    }

    /**
     * Failures' messages read the translator once per failure and lookup;
     * native runs answer repeated plain lookups once. Lines that name one
     * expanded attribute, wildcard lines, fallback locales, a missing-key
     * handler (called per miss), a locale resolver and a replacer must see
     * what they see with Laravel's loop.
     */
    public function test_failure_messages_read_the_translator_as_laravel_does(): void
    {
        $data = ['items' => [['email' => 'a@'], ['email' => 'b@'], ['email' => 'ok@example.com'], ['email' => 'c@', 'qty' => 'x']], 'name' => ''];
        $rules = ['items.*.email' => 'required|email', 'items.*.qty' => 'integer|max:5', 'name' => 'required'];
        $lines = [
            'validation.custom.items.1.email.email' => 'The second one is broken.',
            'validation.custom.items.*.qty.integer' => 'Each :attribute must be whole.',
            'validation.attributes.items.3.email' => 'last email',
            'validation.attributes.name' => 'your name',
        ];
        $setups = [
            'plain' => fn (Translator $t, Validator $v, ArrayObject $missed) => null,
            'lines' => fn (Translator $t, Validator $v, ArrayObject $missed) => $t->addLines($lines, 'en'),
            'fallback locale' => function (Translator $t, Validator $v, ArrayObject $missed) use ($lines) {
                $t->addLines($lines, 'fr');
                $t->setLocale('de');
                $t->setFallback('fr');
            },
            'missing-key handler' => function (Translator $t, Validator $v, ArrayObject $missed) use ($lines) {
                $t->addLines($lines, 'en');
                $t->handleMissingKeysUsing(function (string $key) use ($missed) {
                    $missed[] = $key;

                    return str_starts_with($key, 'validation.attributes.') ? null : $key;
                });
            },
            'locale resolver' => fn (Translator $t, Validator $v, ArrayObject $missed) => $t->determineLocalesUsing(fn (array $locales) => [...$locales, 'fr']),
            'replacer' => fn (Translator $t, Validator $v, ArrayObject $missed) => $v->addReplacer('email', fn (string $message, string $attribute, string $rule, array $parameters, Validator $v) => $message.($v->getTranslator() === $t ? ' (same translator)' : ' (another)')),
            'translator after the loop' => fn (Translator $t, Validator $v, ArrayObject $missed) => $v->after(fn (Validator $v) => $v->errors()->add('translator', $v->getTranslator() === $t ? 'same' : 'other')),
        ];
        foreach ($setups as $name => $setup) {
            $observe = function (string $class) use ($data, $rules, $setup): array {
                $translator = new Translator(Validators::translator()->getLoader(), 'en');
                $validator = new $class($translator, $data, $rules);
                $setup($translator, $validator, $missed = new ArrayObject);

                return [$validator->passes(), $validator->errors()->messages(), $validator->failed(), $missed->getArrayCopy()];
            };
            $this->assertSame($observe(Validator::class), $observe(OxideValidator::class), $name);
        }
    }

    public function test_seeded_random_payloads_and_rules(): void
    {
        $random = new RandomText(RandomText::seed());
        $cases = (int) (getenv('OXIDE_VALIDATION_CASES') ?: 3000);
        [$nativeExplode, $nativePending] = [0, 0];
        for ($i = 0; $i < $cases; $i++) {
            [$data, $rules] = $this->randomCase($random);
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            // As the validation factory (so form requests) configures them, or not.
            $excludeUnvalidated = $random->pick([true, false]);
            $this->assertSameOutcomes($data, $rules, $context, hook: function (Validator $v) use ($excludeUnvalidated) {
                $v->excludeUnvalidatedArrayKeys = $excludeUnvalidated;

                return $v;
            });

            // The comparison above must exercise the native paths, not only
            // the fallbacks: count how often they engage.
            $validator = Validators::oxide($data, $rules);
            $nativeExplode += (int) (Native\validation_explode($validator->getData(), $rules) !== null);
            $nativePending += (int) (Native\validation_pending($validator->getData(), $validator->getRules(), (new ReflectionProperty(Validator::class, 'implicitAttributes'))->getValue($validator), true) !== null);
        }
        $this->assertGreaterThan($cases * 0.6, $nativeExplode, 'native wildcard expansion engaged');
        $this->assertGreaterThan($cases * 0.6, $nativePending, 'native verdicts engaged');
    }

    public function test_native_verdicts_decide_the_common_rules(): void
    {
        $data = ['items' => [['id' => 1, 'email' => 'a@example.com', 'tags' => ['a']], ['id' => 'x', 'email' => 'bad@', 'tags' => ['z']]]];
        $rules = ['items' => 'required|array', 'items.*.id' => 'required|integer|min:0', 'items.*.email' => 'required|email', 'items.*.tags.*' => 'string|in:a,b'];
        [$expanded] = Native\validation_explode($data, $rules);

        $this->assertSame(
            // 'x' passes min:0: not numeric, so its size is its length. '2':
            // certain failures, recorded without evaluating the rule again.
            ['items.1.id' => '020', 'items.1.email' => '02', 'items.1.tags.0' => '02'],
            Native\validation_pending($data, $expanded, [], true),
        );
        $this->assertSame(['items.1.email' => '02'], Native\validation_pending($data, ['items.1.email' => ['required', 'email']], [], true));
        $this->assertSame(['items.0.email' => '01', 'items.1.email' => '01'], Native\validation_pending($data, ['items.0.email' => ['required', 'email'], 'items.1.email' => ['required', 'email']], [], false));
        $this->assertSame([], Native\validation_pending($data, ['items' => ['array', 'exclude_if:a,1']], [], true));
        $this->assertNull(Native\validation_pending($data, ['items' => ['in:a', 'exclude_if:a,1']], [], true), 'a failure before an exclusion may stop the attribute');
        $this->assertNull(Native\validation_pending($data, ['items' => ['regex:/a/', 'exclude_if:a,1']], [], true), 'an asked rule may stop the attribute first');
        $this->assertSame(
            ['items' => '2', 'items.0.id' => 'x', 'items.1.id' => 'x'],
            Native\validation_pending($data, ['items' => ['exclude_with:items'], 'items.0.id' => ['integer'], 'items.1.id' => ['integer']], [], true),
        );
    }

    public function test_native_verdicts_cover_the_dependent_and_format_rules(): void
    {
        $data = [
            'kind' => 'paid', 'flag' => true, 'count' => 5, 'limit' => 10, 'name' => 'abc', 'other' => 'abcd',
            'payload' => '{"a": [1, 2.5, "x", null]}', 'site' => 'https://laravel.com/docs/13.x?q=1#top',
            'ip4' => '10.0.0.1', 'ip6' => '2001:db8::8a2e:370:7334',
            'items' => [['sku' => 'A1', 'tag' => 'x'], ['sku' => 'B2', 'tag' => 'X'], ['sku' => 7, 'tag' => 'y']],
        ];
        $rules = [
            'invoice' => 'required_if:kind,free|prohibited_if:kind,paid|missing_if:flag,false',
            'kind' => 'required_unless:flag,true|in:paid,free|prohibits:invoice',
            'count' => 'integer|gt:0|lt:limit|lte:limit|gte:count',
            'name' => 'string|lt:other',
            'payload' => 'json', 'site' => 'url', 'ip4' => 'ip|ipv4', 'ip6' => 'ip|ipv6',
            'items.*.sku' => 'distinct|distinct:strict',
            'items.*.tag' => 'distinct:strict',
            'absent' => 'missing|missing_with:nothing',
        ];
        $validator = Validators::oxide($data, $rules);
        $implicit = (new ReflectionProperty(Validator::class, 'implicitAttributes'))->getValue($validator);

        $this->assertSame([], Native\validation_pending($validator->getData(), $validator->getRules(), $implicit, true));
        $this->assertTrue($validator->passes());
        $this->assertTrue(Validators::laravel($data, $rules)->passes());

        $data['items'][2]['sku'] = 'a1';
        $data['items'][1]['tag'] = 'x';
        $rules['items.*.sku'] = 'distinct:ignore_case';
        $validator = Validators::oxide($data, $rules);
        $this->assertSame(
            ['items.0.sku' => '1', 'items.2.sku' => '1', 'items.0.tag' => '1', 'items.1.tag' => '1'],
            Native\validation_pending($validator->getData(), $validator->getRules(), $implicit, true),
        );
        $this->assertSame(Validators::laravel($data, $rules)->errors()->messages(), $validator->errors()->messages());
    }

    public function test_validated_data_is_built_natively(): void
    {
        $data = ['items' => [['id' => 1, 'tags' => ['a'], 'extra' => 'x'], ['id' => 2]], 'name' => 'n', 'other' => 'o'];
        $rules = ['items' => 'array', 'items.*.id' => 'integer', 'items.*.tags' => 'array', 'name' => 'string', 'missing' => 'nullable'];
        foreach ([false, true] as $excludeUnvalidated) {
            $oxide = Validators::oxide($data, $rules);
            $laravel = Validators::laravel($data, $rules);
            $oxide->excludeUnvalidatedArrayKeys = $laravel->excludeUnvalidatedArrayKeys = $excludeUnvalidated;
            $this->assertTrue($oxide->passes());
            $native = Native\validation_validated($oxide->getData(), $oxide->getRules(), $excludeUnvalidated, '__dot__x', '__asterisk__x');

            $this->assertNotNull($native);
            $this->assertSame($laravel->validated(), $native);
            $this->assertSame($laravel->validated(), $oxide->validated());
        }
        $this->assertNull(Native\validation_validated(['a__dot__x' => 1], ['a__dot__x' => ['string']], false, '__dot__x', '__asterisk__x'), 'placeholders in keys: Laravel rebuilds');
        $this->assertNull(Native\validation_validated(['a' => [1]], ['a.{first}' => ['string']], false, '.', '*'));
    }

    public function test_parse_data_keeps_only_arrays_laravel_would_rebuild_identically(): void
    {
        $this->assertTrue(Native\validation_data_unchanged(['a' => [1, 2, ['b' => 'c']], 5 => null]));
        $this->assertFalse(Native\validation_data_unchanged(['a.b' => 1]));
        $this->assertFalse(Native\validation_data_unchanged(['a' => ['b*' => 1]]));
        $value = 1;
        $this->assertFalse(Native\validation_data_unchanged(['a' => &$value]));
        $holes = [1, 2, 3];
        unset($holes[2]);
        $this->assertFalse(Native\validation_data_unchanged($holes), 'next free index 3, a rebuild has 2');
        $moved = [1, 2];
        next($moved);
        $this->assertFalse(Native\validation_data_unchanged($moved), 'internal pointer moved');
    }

    /**
     * @param  array<array-key, mixed>  $data
     * @param  array<array-key, mixed>  $rules
     * @param  array<string, string>  $messages
     * @param  array<string, string>  $attributes
     */
    private function assertSameOutcomes(array $data, array $rules, string $context, array $messages = [], array $attributes = [], ?callable $hook = null): void
    {
        $hook ??= fn (Validator $v) => $v;
        $observe = function (callable $make) use ($data, $rules, $messages, $attributes, $hook): array {
            $made = Outcome::of(fn () => $hook($make($data, $rules, $messages, $attributes)));
            if (! $made->value instanceof Validator) {
                return ['construction' => $made->toArray()];
            }
            $validator = $made->value;
            $observed = [
                'passes' => Outcome::of(fn () => $validator->passes())->toArray(),
                'messages' => Outcome::of(fn () => $validator->errors()->messages())->toArray(),
                'failed' => Outcome::of(fn () => $validator->failed())->toArray(),
                'rules' => $validator->getRules(),
                'implicit' => (new ReflectionProperty(Validator::class, 'implicitAttributes'))->getValue($validator),
                'data' => serialize($validator->getData()),
                'validated' => Outcome::of(fn () => $validator->validated())->toArray(),
                'validate' => Outcome::of(function () use ($validator) {
                    try {
                        return $validator->validate();
                    } catch (ValidationException $e) {
                        return ['exception' => $e->getMessage(), 'errors' => $e->errors()];
                    }
                })->toArray(),
                'invalid' => Outcome::of(fn () => $validator->invalid())->toArray(),
                'valid' => Outcome::of(fn () => $validator->valid())->toArray(),
                'passes again' => Outcome::of(fn () => [$validator->passes(), $validator->errors()->messages()])->toArray(),
            ];

            return self::objectsAsClasses($observed);
        };

        $this->assertSame($observe(Validators::laravel(...)), $observe(Validators::oxide(...)), $context.': '.json_encode(['data' => $data, 'rules' => $rules], JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_INVALID_UTF8_SUBSTITUTE));
    }

    /** Objects (closures, rule objects) as their class names: instances differ. */
    private static function objectsAsClasses(mixed $value): mixed
    {
        if (is_object($value)) {
            return $value::class;
        }

        return is_array($value) ? array_map(self::objectsAsClasses(...), $value) : $value;
    }

    /**
     * @return array{array<array-key, mixed>, array<array-key, mixed>}
     */
    private function randomCase(RandomText $random): array
    {
        $value = function (int $depth = 0) use ($random, &$value): mixed {
            if ($depth < 2 && $random->pick([false, false, false, true])) {
                $list = [];
                foreach (range(1, $random->pick([0, 1, 2, 3])) as $_) {
                    $list[] = $value($depth + 1);
                }

                return $list;
            }

            return $random->pick(self::VALUES);
        };
        $data = [];
        foreach (['a', 'b', 'c', 'x', 'a_confirmation', 'a.b'] as $field) {
            if ($random->pick([true, true, false])) {
                $data[$field] = $value();
            }
        }
        if ($random->pick([true, true, true, false])) {
            // Items with nested lists (sub.*.p), missing keys, empty arrays,
            // lists of lists and scalars where arrays are expected.
            $items = [];
            foreach (range(1, $random->pick([0, 1, 2, 4])) as $_) {
                $item = [];
                foreach (['id', 'name', 'tags', 'sub'] as $field) {
                    if ($random->pick([true, true, true, false])) {
                        $item[$field] = match ($field) {
                            'tags' => $random->pick([true, false]) ? [$value(), $value()] : $value(),
                            'sub' => $random->pick([true, true, false]) ? array_map(
                                fn () => $random->pick([['p' => $value()], ['p' => $value()], ['q' => 1], $value(), []]),
                                range(1, $random->pick([1, 2, 3])),
                            ) : $value(),
                            default => $value(),
                        };
                    }
                }
                $items[] = $random->pick([$item, $item, $item, $item, $value(), [$item]]);
            }
            $data['items'] = $random->pick([$items, $items, $items, $value()]);
        }

        $fieldRule = fn (): string => preg_replace_callback(
            '/\{([fv])\}/',
            fn (array $m): string => $random->pick($m[1] === 'f' ? self::FIELDS : self::FIELD_VALUES),
            $random->pick(self::FIELD_RULES),
        );
        $ruleFor = function () use ($random, $fieldRule): array {
            $rules = [];
            foreach (range(1, $random->pick([1, 2, 3, 4])) as $_) {
                $rules[] = match ($random->pick([0, 0, 0, 0, 1, 1, 2])) {
                    0 => $random->pick(self::NATIVE_RULES),
                    1 => $fieldRule(),
                    2 => $random->pick(self::LARAVEL_RULES),
                };
            }

            return $rules;
        };
        $rules = [];
        $attributes = [
            'a', 'b', 'c', 'd', 'x', 'items', 'items.*', 'items.*.id', 'items.*.name', 'items.*.tags', 'items.*.tags.*',
            'items.*.sub.*.p', 'items.*.sub.*', 'items.*.sub', 'items.0.id', 'items.*.*',
        ];
        foreach ($attributes as $attribute) {
            if ($random->pick([true, false, false])) {
                $list = $ruleFor();
                $rules[$attribute] = $random->pick([true, false]) ? implode('|', $list) : $list;
            }
        }

        return [$data, $rules];
    }
}
