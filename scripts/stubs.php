<?php

declare(strict_types=1);

/*
 * Writes an IDE/PHPStan stub of the loaded oxide extension's functions, from
 * reflection (so it cannot drift from the built extension) plus the doc
 * comments below. Run through `make stubs`.
 */

$docs = [
    'version' => 'The extension version; the package requires the same minor version (0.x) or major version.',
    'accelerators' => "The accelerators built into this extension.\n *\n * @return list<string>",
    'str_snake' => 'Str::snake($value, $delimiter); null when only Laravel\'s PHP code can decide the exact result.',
    'arr_dot' => "Arr::dot(\$array, \$prepend) with the default depth; null when the array nests too deep for native code.\n *\n * @return array<array-key, mixed>|null",
    'arr_undot' => "Arr::undot(\$array); null for an array holding PHP references, which Laravel's set() steps assign through.\n *\n * @return array<array-key, mixed>|null",
    'arr_get' => "Arr::get(\$array, \$key, \$default) for an array and a string key (integer keys as strings find the same entries).",
    'arr_has' => "Arr::has(\$array, \$keys) and hasAll() (\$any false) or Arr::hasAny() (\$any true); null when a key is neither a string nor an integer.",
    'arr_pluck' => "Arr::pluck(\$array, \$value, \$key) for paths that are strings, integers, arrays or null.\n *\n * @return array<array-key, mixed>|null",
    'arr_select' => "Arr::select(\$array, \$keys); null when a key is neither a string nor an integer.\n *\n * @return array<array-key, array<array-key, mixed>>|null",
    'arr_flatten' => "Arr::flatten(\$array, \$depth) for an integer or float depth; null when the array nests too deep for native code.\n *\n * @return list<mixed>|null",
    'arr_collapse' => "Arr::collapse(\$array).\n *\n * @return array<array-key, mixed>",
    'arr_cross_join' => "Arr::crossJoin(...\$arrays) for a list (or named map) of arrays; null when the product cannot fit in memory.\n *\n * @param  array<array-key, array<array-key, mixed>>  \$arrays\n * @return list<array<array-key, mixed>>|null",
    'arr_prepend_keys_with' => "Arr::prependKeysWith(\$array, \$prefix).\n *\n * @return array<array-key, mixed>|null",
    'arr_where_not_null' => "Arr::whereNotNull(\$array); null when the array holds references (Laravel keeps them).\n *\n * @return array<array-key, mixed>|null",
    'arr_css' => "Arr::toCssClasses(\$array) (\$styles false) or Arr::toCssStyles(\$array) (\$styles true); null when a value needs PHP's own conversion.",
    'str_studly' => "Str::studly(\$value) without \$normalize, false for invalid UTF-8 (Laravel's preg_split() fails); null when only Laravel's PHP code can decide the exact result.\n *\n * @return string|false|null",
    'str_slug' => "Str::slug(\$title, \$separator, \$language, \$dictionary), where \$tables holds the index str_ascii_table() gave each language's ascii() map: a title ascii() would change is transliterated with \$language's map in the same call. Null when only Laravel's PHP code can decide the exact result (also for a language without a map in \$tables, or one that is no null, bool, int or string).\n *\n * @param  array<array-key, mixed>  \$dictionary\n * @param  array<array-key, int|false>  \$tables",
    'str_title' => "Str::title(\$value); null for scripts whose case properties PHP releases disagree on. For a value that is not UTF-8, mbstring's result with '?' for each ill-formed sequence when \$defaultSubstitute says mb_substitute_character() is 63, else null.",
    'str_headline' => "Str::headline(\$value), false for invalid UTF-8 (Laravel's preg_split() fails); null for scripts whose case properties PHP releases disagree on.\n *\n * @return string|false|null",
    'str_apa' => "Str::apa(\$value), false for invalid UTF-8 (Laravel's preg_split() fails); null when only Laravel's PHP code can decide the exact result.\n *\n * @return string|false|null",
    'str_ucsplit' => "Str::ucsplit(\$string) of a string, true for [\$string] (no capital after its start), false for invalid UTF-8 as Laravel's preg_split() returns; null for any other value and for scripts whose case properties PHP releases disagree on.\n *\n * @return list<string>|bool|null",
    'str_squish' => "Str::squish(\$value), false for invalid UTF-8 (Laravel's preg_replace() returns null); null for a character whose class depends on the PCRE2 release.\n *\n * @return string|false|null",
    'str_words' => "Str::words(\$value, \$words, \$end); null when only Laravel's PHP code can decide the exact result.",
    'str_limit' => "Str::limit(\$value, \$limit, \$end, \$preserveWords); null when only Laravel's PHP code can decide the exact result.",
    'str_mask' => "Str::mask(\$string, \$character, \$index, \$length) in UTF-8; a value that is not UTF-8 as for str_title(); null for offsets mb_substr() rejects.",
    'str_is' => "Str::is(\$pattern, \$value, \$ignoreCase) for a string or an array of strings as the pattern; null when only PCRE can decide.\n *\n * @param  string|array<array-key, mixed>  \$patterns",
    'str_plural' => "Str::plural(\$value) for a count other than 1 or -1, given Pluralizer::\$uncountable; false for text that is not UTF-8 (it stays as it is, whatever the inflector); null when only Laravel's PHP code can decide (a locale other than C, characters whose case PHP releases disagree on).\n *\n * @return string|false|null",
    'str_plural_studly' => "Str::pluralStudly(\$value), as str_plural(); false for invalid UTF-8 (Laravel's preg_split() fails).\n *\n * @return string|false|null",
    'str_singular' => "Str::singular(\$value); null when only Laravel's PHP code can decide, as for str_plural().",
    'markdown' => "league/commonmark's HTML for \$text as the league environment \$flavor names is configured by Laravel ('github': Str::markdown()'s, 'inline': Str::inlineMarkdown()'s, 'mail': Mail\\Markdown's) with the given html_input, allow_unsafe_links, renderer.soft_break and max_nesting_level; null when league must render it (not UTF-8, an unknown flavor, an html_input league rejects, a document the renderer cannot vouch for).",
    'resource_attribute' => "DelegatesToResource::__get(\$key), \$resource->{\$key}, for an Eloquent model whose __get() and getAttribute() are Laravel's and a key that reaches __get(): the native read getAttribute()'s prologue makes; \$laravel, the hand-back marker, otherwise.",
    'resource_data_unchanged' => "Whether ConditionallyLoadsAttributes::filter(\$data), called on a \$resource_class (the trait's self), returns \$data as it is: no merged or missing value or resource of a null anywhere, no level removeMissingValues() renumbers; false whenever Laravel's code must decide.",
    'model_boot_steps' => "Model::bootTraits()'s steps for the loaded \$class given its \$traits (class_uses_recursive()): [true, \$method] to invoke, [false, \$method] to record as an initializer, in Laravel's order; null when Laravel's body must run.\n *\n * @return list<array{bool, string}>|null",
    'remembered' => 'The value this worker remembered for \$key (remember()) less than \$max_age_seconds ago; null otherwise. Kept for the worker\'s life, per thread.',
    'remember' => 'Remembers \$value for \$key in this worker from now on (Oxide\\WorkerFacts: facts the package derives from files).',
    'str_inflector_fingerprint' => 'Oxide\\InflectorFingerprint::of() for the doctrine/inflector rules str_plural(), str_plural_studly() and str_singular() implement.',
    'str_ascii' => "Str::ascii(\$value, \$language) with the replacement map str_ascii_table() gave \$table for; null when there is none.",
    'str_ascii_table' => "The index of the portable-ascii replacement map handed over under \$key, false for the verdict that its library is not the one native code implements, null when nothing was handed over yet.",
    'str_ascii_load' => "Keeps \$map (strtr() pairs of strings) under \$key, or with null the verdict that \$key's library is not supported; answers as str_ascii_table(), null for a map with other values.",
    'str_ascii_library' => 'The xxh128 of portable-ascii\'s ASCII.php (2.1.1) whose to_ascii() str_ascii() implements.',
    'str_uuid' => '(string) Str::uuid(): a version 4 UUID; null when PHP\'s CSPRNG failed (its exception is pending).',
    'str_uuid7' => '(string) Str::uuid7() for a time in Unix milliseconds (null: now), monotonic within the thread; null when PHP\'s CSPRNG failed.',
    'str_ordered_uuid' => '(string) Str::orderedUuid(); null when PHP\'s CSPRNG failed.',
    'str_ordered_uuid_fields' => 'The 16 bytes Str::orderedUuid()\'s factory builds its UUID from (version and variant applied, ticks last); null when PHP\'s CSPRNG failed.',
    'str_ulid' => 'Ulid::generate() for a time in Unix milliseconds (null: now; non-negative), monotonic within the thread; null when PHP\'s CSPRNG failed.',
    'str_random' => 'Str::random($length) without a custom factory; null when PHP\'s CSPRNG failed.',
    'arr_set' => "Arr::set(\$array, \$key, \$value) for an array and a string key, in place; what Laravel's set() returns (the innermost array), or null, with nothing changed, when only Laravel's PHP code can decide.",
    'arr_forget' => "Arr::forget(\$array, \$keys) for an array and string or integer keys, in place; true, or null, with nothing changed, when only Laravel's PHP code can decide.",
    'model_attribute' => "Eloquent's HasAttributes::getAttribute(\$key) of \$model for a stored attribute native code can be certain of; \$laravel, the hand-back marker, for anything Laravel's code must read.",
    'model_class_attribute' => "Model::resolveClassAttribute()'s cache hit: \$cache[\$class.'@'.\$attributeClass.'@'.\$property] when that key exists; on a miss null when the loaded class \$class, the traits it uses itself and its parents carry no \$attributeClass attribute (the caller caches it); else \$laravel (the hand-back marker).",
    'model_attributes_to_array' => "Eloquent's HasAttributes::attributesToArray() of \$model when native code can be certain of every step; \$laravel, the hand-back marker, decided before any method is called.",
    'model_construct' => "Model::__construct(\$attributes)'s steps before fill() for \$model: 0 when Laravel's body must run; once they are done (given the properties they leave every object of its class, or run as Laravel's constructor runs them), 1 when fill(\$attributes) is to run, 2 when it would do nothing (no attributes, a \$fillable list of names, Laravel's fill()).",
    'model_force_fill' => "Model::forceFill(\$attributes) for \$model when setAttribute() would store every attribute as it is (no set mutator, cast, timestamp column or ->): true once stored, false (nothing done) when Laravel's body must run.",
    'model_construct_mirrors' => "The Laravel methods model_construct() and model_force_fill() mirror, whose bodies transparent mode proves before writing its prologue.\n *\n * @return list<string>",
    'model_hydrate' => "Eloquent's Builder::hydrate(\$items) for \$builder and its \$model: the first row's model built by Laravel's calls, the others as copies of it, in Laravel's collection; \$laravel, the hand-back marker, decided before anything is called.",
    'model_hydrate_mirrors' => "The Laravel methods model_hydrate() mirrors, whose bodies transparent mode proves before writing its prologue.\n *\n * @return list<string>",
    'model_attribute_mirrors' => "The Laravel methods model_attribute() and model_attributes_to_array() mirror, whose bodies transparent mode proves before writing its prologue.\n *\n * @return list<string>",
    'data_get' => "Laravel's data_get(\$target, \$key, \$default); with php.ini's oxide.helpers=1 also the global data_get().",
    'data_has' => "Laravel's data_has(\$target, \$key); with oxide.helpers=1 also the global data_has().",
    'data_set' => "Laravel's data_set(\$target, \$key, \$value, \$overwrite), in place; with oxide.helpers=1 also the global data_set().",
    'data_fill' => "Laravel's data_fill(\$target, \$key, \$value), in place; with oxide.helpers=1 also the global data_fill().",
    'data_forget' => "Laravel's data_forget(\$target, \$key), in place; with oxide.helpers=1 also the global data_forget().",
    'head' => "Laravel's head(\$array); with oxide.helpers=1 also the global head().",
    'last' => "Laravel's last(\$array); with oxide.helpers=1 also the global last().",
    'validation_data_unchanged' => 'Whether Validator::parseData($data) would return an array no PHP code can tell from $data.',
    'validation_explode' => "ValidationRuleParser::explode(\$rules) against \$data as [\$rules, \$implicitAttributes]; null when Laravel's parser must do it.\n *\n * @return array{0: array<array-key, list<mixed>>, 1: array<string, list<string>>}|null",
    'validation_validated' => "Validator::validated() for a validator that passed, from its data, expanded rules, \$excludeUnvalidatedArrayKeys and key placeholders; null when Laravel's code must build it.\n *\n * @return array<array-key, mixed>|null",
    'validation_pending' => "The attributes of the validator's expanded \$rules (with its \$implicitAttributes) whose rules Laravel must evaluate, each with one '0'/'1' per rule ('1' = evaluate it); every other rule certainly records no failure. null when the whole run must be Laravel's.\n *\n * @return array<array-key, string>|null",
];

$functions = array_filter(
    (new ReflectionExtension('oxide'))->getFunctions(),
    fn (ReflectionFunction $function) => ! \in_array($function->getShortName(), ['panic_for_test', 'markdown_hand_back_rule'], true), // debug builds only
);
ksort($functions);

$stub = "<?php\n\n// Generated by `make stubs` from the oxide extension; do not edit.\n\nnamespace Oxide\\Native;\n";
foreach ($functions as $function) {
    $parameters = implode(', ', array_map(
        fn (ReflectionParameter $parameter) => trim($parameter->getType().' '.($parameter->isPassedByReference() ? '&' : '')
            .($parameter->isVariadic() ? '...' : '').'$'.$parameter->getName()
            .($parameter->isDefaultValueAvailable() ? ' = '.($parameter->getDefaultValue() === null ? 'null' : var_export($parameter->getDefaultValue(), true)) : '')),
        $function->getParameters(),
    ));
    $doc = $docs[$function->getShortName()] ?? throw new RuntimeException("document {$function->getName()} in scripts/stubs.php");
    $stub .= "\n/**\n * {$doc}\n */\nfunction {$function->getShortName()}({$parameters}): {$function->getReturnType()} {}\n";
}

echo $stub;
