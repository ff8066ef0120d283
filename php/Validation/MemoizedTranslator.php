<?php

declare(strict_types=1);

namespace Oxide\Validation;

use Illuminate\Contracts\Translation\Translator as TranslatorContract;
use Illuminate\Translation\Translator;

/**
 * Laravel's translator for the length of one native validation loop in
 * which no code but Laravel's runs, with plain lookups (no replacements,
 * the current locale, fallback) answered once per key: every failure's
 * message looks up the same `validation.custom`, `validation.attributes`
 * and `validation.{rule}` lines again.
 *
 * A plain lookup of Laravel's own translator is a function of its loaded
 * lines, locales and key, which nothing in such a loop changes, unless a
 * missing-key handler (an effect per miss) or a locale resolver (user code)
 * is set.
 *
 * @internal
 */
final class MemoizedTranslator implements TranslatorContract
{
    /** @var array<string, mixed> */
    private array $lines = [];

    private function __construct(private readonly Translator $translator) {}

    /**
     * A memoizing view of $translator; null when its lookups may be more
     * than a function of their key.
     */
    public static function of(mixed $translator): ?self
    {
        if (! \is_object($translator) || $translator::class !== Translator::class) {
            return null;
        }

        $callbacks = (fn (): array => [$this->missingTranslationKeyCallback, $this->determineLocalesUsing])->call($translator);

        return $callbacks === [null, null] ? new self($translator) : null;
    }

    public function get($key, array $replace = [], $locale = null, $fallback = true)
    {
        if ($replace !== [] || $locale !== null || $fallback !== true || ! \is_string($key)) {
            return $this->translator->get($key, $replace, $locale, $fallback);
        }

        return $this->lines[$key] ??= $this->translator->get($key);
    }

    public function choice($key, $number, array $replace = [], $locale = null)
    {
        return $this->translator->choice($key, $number, $replace, $locale);
    }

    public function getLocale()
    {
        return $this->translator->getLocale();
    }

    public function setLocale($locale)
    {
        $this->lines = [];

        $this->translator->setLocale($locale);
    }
}
