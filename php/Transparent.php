<?php

declare(strict_types=1);

namespace Oxide;

use Composer\Autoload\ClassLoader;
use ReflectionClass;
use Throwable;

/**
 * Transparent mode: Laravel's own Str and Arr run Oxide's native paths, for
 * every caller (the framework, packages, the app), with no code change.
 *
 * Composer loads php/transparent-mode.php before any class, which registers a
 * prepended autoloader for the classes below. It reads Laravel's file and
 * writes a copy in which Laravel's class, unchanged but renamed
 * (OxideOriginalStr), is extended by a class of the original name that uses
 * the same native traits as Oxide\Str (whose fallbacks reach Laravel's code
 * through parent::, exactly as Oxide\Str's do) and declares Laravel's other
 * methods again, verbatim, so that they name their class as Laravel's do. A trait is used only when every Laravel method it mirrors (the methods
 * it overrides and those they call through static:: or self::) has a body
 * whose normalised tokens hash to one proven against (fingerprints.php);
 * otherwise those methods stay Laravel's. The copy is cached by the path, size
 * and modification time of Laravel's file and of Oxide's code, then required,
 * so OPcache, the JIT and preloading see ordinary PHP.
 */
final class Transparent
{
    /** Laravel's classes, and the native traits each may use. */
    public const CLASSES = [
        'Illuminate\Support\Str' => [
            Concerns\FormatsStringsNatively::class,
            Concerns\GeneratesIdsNatively::class,
            Concerns\InflectsNatively::class,
            Concerns\RendersMarkdownNatively::class,
            Concerns\TransliteratesNatively::class,
            Concerns\UsesNativeCaseConversion::class,
        ],
        'Illuminate\Support\Arr' => [
            Concerns\ReadsArraysNatively::class,
            Concerns\ReshapesArraysNatively::class,
            Concerns\UsesNativeArrayFlattening::class,
            Concerns\WritesArraysNatively::class,
        ],
    ];

    /**
     * Laravel's traits and classes some of whose methods start with a native
     * path (a prologue that hands back to the method's own body): the class
     * that says which and proves them, the process-wide switch read before
     * Laravel's configuration (Eloquent's for dates and resources, which
     * serialize models; none for Mail's Markdown, whose `html()` reads
     * config/oxide.php's as Str::markdown() does), and what the extension
     * must provide, in a word, with a function that shows it does. Names are
     * written out: every request reads this list, and reading it loads none
     * of those classes.
     *
     * @var array<class-string, array{spec: class-string, switch: ?string, native: array{string, string}}>
     */
    public const PROLOGUES = [
        'Illuminate\Database\Eloquent\Concerns\HasAttributes' => ['spec' => Eloquent\AttributeReads::class, 'switch' => 'OXIDE_ELOQUENT', 'native' => ['Eloquent', 'Oxide\Native\model_class_attribute']],
        'Illuminate\Database\Eloquent\Model' => ['spec' => Eloquent\Construction::class, 'switch' => 'OXIDE_ELOQUENT', 'native' => ['Eloquent', 'Oxide\Native\model_class_attribute']],
        'Illuminate\Database\Eloquent\Builder' => ['spec' => Eloquent\Hydration::class, 'switch' => 'OXIDE_ELOQUENT', 'native' => ['Eloquent', 'Oxide\Native\model_class_attribute']],
        'Illuminate\Mail\Markdown' => ['spec' => Mail\MarkdownParsing::class, 'switch' => null, 'native' => ['Markdown', 'Oxide\Native\markdown']],
        'Carbon\Traits\Converter' => ['spec' => Carbon\IsoStrings::class, 'switch' => 'OXIDE_ELOQUENT', 'native' => ['Eloquent', 'Oxide\Native\model_class_attribute']],
        'Illuminate\Http\Resources\ConditionallyLoadsAttributes' => ['spec' => Http\ResourceFiltering::class, 'switch' => 'OXIDE_ELOQUENT', 'native' => ['API resource', 'Oxide\Native\resource_data_unchanged']],
        'Illuminate\Http\Resources\DelegatesToResource' => ['spec' => Http\ResourceDelegation::class, 'switch' => 'OXIDE_ELOQUENT', 'native' => ['API resource', 'Oxide\Native\resource_attribute']],
    ];

    /** Laravel's class keeps its namespace and takes this prefix. */
    private const ORIGINAL_PREFIX = 'OxideOriginal';

    private static bool $registered = false;

    /** Why transparent mode is off in this process, when it is. */
    private static ?string $off = null;

    /** @var array<class-string, string> why a class stayed Laravel's */
    private static array $unpatched = [];

    /** @var array<class-string, string> patched class => its renamed original */
    private static array $originals = [];

    /** @var array<class-string, true> traits and classes loaded with their prologues */
    private static array $prologued = [];

    /**
     * @var array<class-string, true> Laravel's classes and traits the
     *      autoloader waits for; once none is left it unregisters, so the
     *      rest of the request's classes load without passing through it
     */
    private static array $pending = [];

    private static ?\Closure $autoloader = null;

    /**
     * Turns transparent mode on unless switched off (OXIDE_TRANSPARENT=off)
     * or the extension is missing or incompatible; Composer's files
     * autoload calls it before any Laravel class loads.
     */
    public static function register(): void
    {
        if (self::$registered) {
            return;
        }
        self::$registered = true;
        $switchedOff = Switches::offInProcess('OXIDE_TRANSPARENT');
        if ($switchedOff !== null) {
            self::$off = $switchedOff;

            return;
        }
        $extension = Extension::detect();
        if (! $extension->provides(Accelerator::Str) || ! $extension->provides(Accelerator::Arr)) {
            self::$off = $extension->isLoaded() ? 'the extension is incompatible with this package' : 'the extension is not loaded';

            return;
        }
        foreach (self::PROLOGUES as $trait => ['switch' => $switch, 'native' => [$paths, $function]]) {
            $switchedOff = $switch === null ? null : Switches::offInProcess($switch);
            if ($switchedOff !== null) {
                self::$unpatched[$trait] = $switchedOff;
            } elseif (! \function_exists($function)) {
                self::$unpatched[$trait] = "the extension has no native {$paths} paths";
            } elseif (trait_exists($trait, false) || class_exists($trait, false)) {
                self::$unpatched[$trait] = 'loaded before Oxide registered (opcache.preload of Laravel\'s file?)';
            }
        }
        foreach (array_keys(self::CLASSES) as $class) {
            if (! class_exists($class, false)) {
                continue;
            }
            // Preloaded: Oxide's copy (patched), or Laravel's own file.
            if (get_parent_class($class) === self::originalName($class)) {
                self::$originals[$class] = self::originalName($class);
            } else {
                self::$unpatched[$class] = 'loaded before Oxide registered (opcache.preload of Laravel\'s file?)';
            }
        }
        foreach ([...array_keys(self::CLASSES), ...array_keys(self::PROLOGUES)] as $name) {
            if (! isset(self::$unpatched[$name]) && ! isset(self::$originals[$name])) {
                self::$pending[$name] = true;
            }
        }
        if (self::$pending !== []) {
            spl_autoload_register(self::$autoloader = self::load(...), true, true);
        }
    }

    /**
     * @internal the autoloader
     */
    public static function load(string $class): void
    {
        if (! isset(self::$pending[$class])) {
            return;
        }
        unset(self::$pending[$class]);
        if (self::$pending === [] && self::$autoloader !== null) {
            // PHP's autoload loop allows a loader to leave while it runs.
            spl_autoload_unregister(self::$autoloader);
        }
        if (isset(self::PROLOGUES[$class])) {
            self::loadPrologued($class);

            return;
        }
        try {
            // A copy that was removed since is written again.
            $file = WorkerFacts::get("transparent:{$class}", fn () => self::patchedFile($class), is_file(...));
        } catch (Throwable $e) {
            $file = null;
            self::$unpatched[$class] = 'could not be patched: '.$e->getMessage();
        }
        if ($file !== null) {
            require $file;
            self::$originals[$class] = self::originalName($class);
        }
        // Otherwise the next autoloader loads Laravel's class as it is.
    }

    /**
     * The class that holds Laravel's own code for $class: its renamed
     * original in transparent mode, else $class itself.
     *
     * @param  class-string  $class
     * @return class-string
     */
    public static function original(string $class): string
    {
        class_exists($class);

        return self::$originals[$class] ?? $class;
    }

    /**
     * For oxide:status: whether transparent mode is on, and per class the
     * methods that run natively and those left to Laravel, with why.
     *
     * @return array{on: bool, why: ?string, classes: array<class-string, array{patched: bool, why: ?string, native: list<string>, skipped: array<string, string>}>}
     */
    public static function report(): array
    {
        $classes = [];
        foreach (array_keys(self::CLASSES) as $class) {
            class_exists($class);
            $patched = isset(self::$originals[$class]);
            $plan = ['native' => [], 'skipped' => []];
            $source = self::laravelFile($class);
            if ($source !== null) {
                $plan = self::plan($class, (string) file_get_contents($source));
            }
            $why = self::$off ?? self::$unpatched[$class] ?? ($patched ? null : ($source === null ? 'Laravel\'s file was not found' : 'not loaded through Oxide'));
            $classes[$class] = ['patched' => $patched, 'why' => $why, 'native' => $patched ? $plan['native'] : [], 'skipped' => $plan['skipped']];
        }

        foreach (self::PROLOGUES as $trait => ['spec' => $spec]) {
            // Loaded as the classes above are: the report says what a request gets.
            trait_exists($trait) || class_exists($trait);
            $patched = isset(self::$prologued[$trait]);
            $why = self::$off ?? self::$unpatched[$trait] ?? ($patched ? null : 'not loaded in this process');
            $classes[$trait] = ['patched' => $patched, 'why' => $why, 'native' => $patched ? array_keys($spec::PROLOGUES) : [], 'skipped' => $patched ? [] : array_fill_keys(array_keys($spec::PROLOGUES), (string) $why)];
        }

        return ['on' => self::$off === null && self::$registered, 'why' => self::$registered ? self::$off : 'not registered (php/transparent-mode.php was not loaded)', 'classes' => $classes];
    }

    /**
     * Which of the class's native traits can be used with this source: a
     * trait whose mirrored methods all have proven bodies.
     *
     * @return array{traits: list<class-string>, native: list<string>, skipped: array<string, string>}
     */
    public static function plan(string $class, string $source): array
    {
        $methods = self::methods($source, self::shortName($class));
        $proven = (require __DIR__.'/Transparent/fingerprints.php')[$class] ?? [];
        $plan = ['traits' => [], 'native' => [], 'skipped' => []];
        foreach (self::CLASSES[$class] as $trait) {
            $overrides = self::overrides($trait, $methods);
            // A helper of the trait's that Laravel's class also declares
            // would replace Laravel's.
            $helpers = array_map(fn ($method) => $method->name, (new ReflectionClass($trait))->getMethods(\ReflectionMethod::IS_PRIVATE | \ReflectionMethod::IS_PROTECTED));
            $differs = array_values(array_filter(
                self::mirrored($overrides, $methods),
                fn (string $method) => ! \in_array(self::fingerprint($methods[$method]['code']), $proven[$method] ?? [], true),
            ));
            $shadowed = array_intersect($helpers, array_keys($methods));
            if ($shadowed !== []) {
                $differs = $shadowed;
            }
            if ($differs === []) {
                $plan['traits'][] = $trait;
                array_push($plan['native'], ...$overrides);
            } else {
                foreach ($overrides as $method) {
                    $plan['skipped'][$method] = 'Laravel\'s '.implode('(), ', $differs).'() differ'.(\count($differs) === 1 ? 's' : '').' from the code Oxide was proven against';
                }
            }
        }

        return $plan;
    }

    /**
     * Every method's normalised token hash, for scripts/fingerprints.php.
     *
     * @return array<string, string>
     */
    public static function fingerprints(string $class, string $source): array
    {
        $methods = self::methods($source, self::shortName($class));
        $mirrored = [];
        foreach (self::CLASSES[$class] as $trait) {
            array_push($mirrored, ...self::mirrored(self::overrides($trait, $methods), $methods));
        }
        $fingerprints = [];
        foreach (array_unique($mirrored) as $method) {
            $fingerprints[$method] = self::fingerprint($methods[$method]['code']);
        }
        ksort($fingerprints);

        return $fingerprints;
    }

    private static function patchedFile(string $class): ?string
    {
        $source = self::laravelFile($class);
        if ($source === null) {
            self::$unpatched[$class] = 'Laravel\'s file was not found by any autoloader';

            return null;
        }
        $directory = self::cacheDirectory();
        if ($directory === null) {
            self::$unpatched[$class] = 'no cache directory: set OXIDE_TRANSPARENT_CACHE or keep storage/framework writable';

            return null;
        }
        // Laravel's file and Oxide's code that goes into the copy: a change
        // to either (an upgrade, a checkout of the package) writes a new copy.
        $version = Extension::PACKAGE_VERSION;
        foreach ([$source, __FILE__, ...array_map(fn (string $trait) => __DIR__.'/Concerns/'.self::shortName($trait).'.php', self::CLASSES[$class])] as $file) {
            $stat = @stat($file) ?: throw new \RuntimeException("cannot stat {$file}");
            $version .= "|{$file}|{$stat['size']}|{$stat['mtime']}";
        }

        return self::cached($class, $directory, $version, fn () => self::patch($class, (string) file_get_contents($source)));
    }

    /**
     * The copy of $class's code in $directory for $version, written by
     * $code on a miss; null when $code gives none or it cannot be written.
     *
     * @param  callable(): ?string  $code
     */
    private static function cached(string $class, string $directory, string $version, callable $code): ?string
    {
        $cached = \sprintf('%s/%s-%s.php', $directory, self::shortName($class), md5($version));
        if (is_file($cached)) {
            return $cached;
        }
        $code = $code();
        if ($code === null) {
            return null;
        }
        if (! is_dir($directory) && ! @mkdir($directory, 0777, true) && ! is_dir($directory)) {
            self::$unpatched[$class] = "the cache directory {$directory} cannot be created";

            return null;
        }
        // Written whole, then renamed: a concurrent worker sees all or nothing.
        $temporary = @tempnam($directory, 'oxide');
        if ($temporary === false || @file_put_contents($temporary, $code) !== \strlen($code) || ! @rename($temporary, $cached)) {
            if (\is_string($temporary)) {
                @unlink($temporary);
            }
            self::$unpatched[$class] = "the cache directory {$directory} is not writable";

            return null;
        }
        @chmod($cached, 0644);

        return $cached;
    }

    /**
     * Requires Laravel's trait or class with its prologues, when every method they
     * mirror has a proven body; otherwise the next autoloader loads
     * Laravel's file as it is.
     */
    private static function loadPrologued(string $trait): void
    {
        $file = WorkerFacts::get("transparent:{$trait}", fn () => self::prologuedFile($trait), is_file(...));
        if ($file !== null) {
            require $file;
            self::$prologued[$trait] = true;
        }
    }

    /**
     * The copy of Laravel's trait or class with its prologues, written if
     * needed; null (and the reason in $unpatched) when there is none.
     */
    private static function prologuedFile(string $trait): ?string
    {
        $spec = self::PROLOGUES[$trait]['spec'];
        $directory = self::cacheDirectory();
        $sources = [];
        $version = Extension::PACKAGE_VERSION;
        try {
            foreach ($spec::SOURCES as $owner) {
                $sources[$owner] = self::laravelFile($owner) ?? throw new \RuntimeException("Laravel's file for {$owner} was not found");
            }
            // The copy depends on Laravel's files, Oxide's proof and what the extension mirrors.
            $version .= '|'.implode(',', $spec::mirrored());
            foreach ([...array_values($sources), __FILE__, __DIR__.'/Transparent/fingerprints.php', (string) (new ReflectionClass($spec))->getFileName()] as $file) {
                $stat = @stat($file) ?: throw new \RuntimeException("cannot stat {$file}");
                $version .= "|{$file}|{$stat['size']}|{$stat['mtime']}";
            }
            $file = $directory === null ? null : self::cached($trait, $directory, $version, fn () => self::prologued($trait, $sources));
        } catch (Throwable $e) {
            self::$unpatched[$trait] = 'could not be patched: '.$e->getMessage();

            return null;
        }
        if ($directory === null) {
            self::$unpatched[$trait] = 'no cache directory: set OXIDE_TRANSPARENT_CACHE or keep storage/framework writable';
        }

        return $file;
    }

    /**
     * Every method a prologue mirrors, by its declaring class or trait, with
     * its normalised token hash; for the proof and scripts/fingerprints.php.
     *
     * @param  array<class-string, string>  $sources  Laravel's files
     * @return array<class-string, array<string, string>>
     */
    public static function prologueFingerprints(string $trait, array $sources): array
    {
        $fingerprints = [];
        $mirrored = array_fill_keys(self::PROLOGUES[$trait]['spec']::mirrored(), true);
        $wanted = $mirrored;
        foreach ($sources as $owner => $file) {
            // Every source's declaration: a method may be mirrored in two of them.
            foreach (self::methods((string) file_get_contents($file), self::shortName($owner)) as $method => $declaration) {
                if (isset($mirrored[$method])) {
                    $fingerprints[$owner][$method] = self::fingerprint($declaration['code']);
                    unset($wanted[$method]);
                }
            }
        }
        if ($wanted !== []) {
            throw new \RuntimeException('Laravel declares no '.implode('(), ', array_keys($wanted)).'()');
        }

        return $fingerprints;
    }

    /**
     * The methods a prologue of $trait mirrors whose body in $sources is not
     * one Oxide was proven against.
     *
     * @param  array<class-string, string>  $sources  Laravel's files
     * @return list<string>
     */
    public static function unprovenMirrors(string $trait, array $sources): array
    {
        $proven = require __DIR__.'/Transparent/fingerprints.php';
        $differs = [];
        foreach (self::prologueFingerprints($trait, $sources) as $owner => $methods) {
            foreach ($methods as $method => $fingerprint) {
                if (! \in_array($fingerprint, $proven[$owner][$method] ?? [], true)) {
                    $differs[] = $method;
                }
            }
        }

        return $differs;
    }

    /**
     * Laravel's trait with each prologue written at the top of its method;
     * null when a mirrored method's body is not one proven against.
     *
     * @param  array<class-string, string>  $sources
     */
    private static function prologued(string $trait, array $sources): ?string
    {
        $differs = self::unprovenMirrors($trait, $sources);
        if ($differs !== []) {
            self::$unpatched[$trait] = 'Laravel\'s '.implode('(), ', $differs).'() differ'.(\count($differs) === 1 ? 's' : '').' from the code Oxide was proven against';

            return null;
        }
        $tokens = token_get_all((string) file_get_contents($sources[$trait]));
        $prologues = self::PROLOGUES[$trait]['spec']::PROLOGUES;
        [$code, $depth, $method] = ['', 0, null];
        foreach ($tokens as $index => $token) {
            $text = \is_array($token) ? $token[1] : $token;
            // The copy lives in the cache; it keeps Laravel's line numbers, and names
            // Laravel's file and directory where Laravel's code does.
            if (\is_array($token) && $token[0] === T_FILE) {
                $text = var_export($sources[$trait], true);
            } elseif (\is_array($token) && $token[0] === T_DIR) {
                $text = var_export(\dirname($sources[$trait]), true);
            }
            if (\is_array($token) && $token[0] === T_FUNCTION && $depth === 1) {
                $method = self::nextCode($tokens, $index, 1);
            }
            $code .= $text;
            if ($text === '{' || \is_array($token) && \in_array($token[0], [T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES], true)) {
                $depth++;
                foreach ($prologues as $name => $prologue) {
                    if ($depth === 2 && $method === strtolower($name)) {
                        // On the brace's line: Laravel's code keeps its line numbers.
                        $code .= " /* Oxide: native, else Laravel's code below */ {$prologue}";
                        unset($prologues[$name]);
                    }
                }
            } elseif ($text === '}') {
                $depth--;
            }
        }
        if ($prologues !== []) {
            self::$unpatched[$trait] = 'Laravel\'s trait declares no '.implode('(), ', array_keys($prologues)).'()';

            return null;
        }

        return $code;
    }

    /**
     * Laravel's source with its class renamed and extended by the class of
     * the original name using the usable native traits; null when none is.
     */
    private static function patch(string $class, string $source): ?string
    {
        $short = self::shortName($class);
        $tokens = token_get_all($source);
        $renamed = '';
        $declarations = 0;
        foreach ($tokens as $index => $token) {
            $text = \is_array($token) ? $token[1] : $token;
            // Code that names its own class would see the new name.
            $self = \is_array($token) && strtolower($text) === 'self'
                && (\in_array(self::previousCode($tokens, $index), ['new', 'instanceof'], true) || self::nextCode($tokens, $index, 2) === '::class');
            if ($self || \is_array($token) && $token[0] === T_CLASS_C) {
                self::$unpatched[$class] = 'Laravel\'s class refers to its own name';

                return null;
            }
            if (\is_array($token) && $token[0] === T_STRING && $text === $short && self::previousCode($tokens, $index) === 'class') {
                $text = self::ORIGINAL_PREFIX.$short;
                $declarations++;
            }
            $renamed .= $text;
        }
        if ($declarations !== 1 || ! str_contains($source, 'namespace '.substr($class, 0, -\strlen($short) - 1).';') || preg_match('/\?>\s*$/', $source)) {
            self::$unpatched[$class] = 'Laravel\'s file is not shaped as Oxide expects';

            return null;
        }
        $plan = self::plan($class, $source);
        if ($plan['traits'] === []) {
            self::$unpatched[$class] = 'no method has the body Oxide was proven against';

            return null;
        }
        // Laravel's other methods are declared again by the class of the
        // original name, so that what names their class (argument errors,
        // static::/self:: calls) names it as Laravel's does.
        // So are its constants: `self::CONSTANT` in a copied method is then
        // the class's own, which OPcache folds at compile time as it does
        // in Laravel's class (inherited, it is fetched and concatenated on
        // every call: Str::trim() took three times as long).
        $copies = self::constants($tokens);
        foreach (self::methods($source, $short) as $method => $declaration) {
            if (\in_array('parent', $declaration['code'], true)) {
                self::$unpatched[$class] = "Laravel's {$method}() calls its parent class";

                return null;
            }
            if (! \in_array($method, $plan['native'], true)) {
                $copies .= $declaration['text']."\n";
            }
        }
        // The traits' code is written into the class where its imports can
        // join Laravel's (one file to load, no trait to autoload and bind per
        // request); a trait whose imports would change what a name in
        // Laravel's code means is used as a trait instead.
        $laravelImports = self::imports($tokens, \count($tokens));
        [$imports, $namespace, $added, $uses, $bodies] = [$laravelImports ?? [], substr($class, 0, -\strlen($short)), '', '', ''];
        foreach ($plan['traits'] as $trait) {
            $traitTokens = token_get_all((string) file_get_contents((string) (new ReflectionClass($trait))->getFileName()));
            $body = self::traitBody($traitTokens);
            $wanted = $body === null ? null : self::imports($traitTokens, $body[0]);
            $clashes = $wanted === null || $laravelImports === null || array_filter($wanted, fn (string $target, string $alias) => ($imports[$alias] ?? null) !== $target
                && (isset($imports[$alias]) || self::names($tokens, $alias) && strcasecmp($target, $namespace.$alias) !== 0), ARRAY_FILTER_USE_BOTH) !== [];
            if ($clashes) {
                $uses .= "    use \\{$trait};\n";

                continue;
            }
            foreach ($wanted as $alias => $target) {
                if (! isset($imports[$alias])) {
                    $imports[$alias] = $target;
                    $added .= "use {$target};\n";
                }
            }
            $bodies .= "    // From {$trait}.\n".$body[1]."\n";
        }

        return rtrim($renamed)."\n\n{$added}\n/**\n * Written by Oxide's transparent mode from Laravel's class above (renamed):\n"
            ." * native paths for ".implode(', ', $plan['native']).".\n */\n"
            .'class '.$short.' extends '.self::ORIGINAL_PREFIX.$short."\n{\n{$uses}{$bodies}{$copies}}\n";
    }

    /**
     * The top-level `use Name [as Alias];` imports before token $end, by
     * lower-cased alias; null when there are other kinds (functions,
     * constants, groups).
     *
     * @param  list<mixed>  $tokens
     * @return array<string, string>|null
     */
    private static function imports(array $tokens, int $end): ?array
    {
        $imports = [];
        $depth = 0;
        for ($i = 0; $i < $end; $i++) {
            $text = \is_array($tokens[$i]) ? $tokens[$i][1] : $tokens[$i];
            $depth += match ($text) { '{' => 1, '}' => -1, default => 0 };
            if ($depth !== 0 || ! \is_array($tokens[$i]) || $tokens[$i][0] !== T_USE) {
                continue;
            }
            $statement = [];
            for ($i++; $i < $end && $tokens[$i] !== ';'; $i++) {
                if (! \is_array($tokens[$i]) || $tokens[$i][0] !== T_WHITESPACE) {
                    $statement[] = \is_array($tokens[$i]) ? $tokens[$i][1] : $tokens[$i];
                }
            }
            $name = ltrim($statement[0] ?? '', '\\');
            $alias = match (\count($statement)) {
                1 => substr($name, (int) strrpos('\\'.$name, '\\')),
                3 => strtolower($statement[1]) === 'as' ? $statement[2] : null,
                default => null,
            };
            if ($alias === null || preg_match('/^[\w\\\\]+$/', $name) !== 1 || \in_array(strtolower($name), ['function', 'const'], true)) {
                return null;
            }
            $imports[strtolower($alias)] = $name;
        }

        return $imports;
    }

    /**
     * Where the trait's declaration starts, and the code between its braces;
     * null for code that names its file, line or trait.
     *
     * @param  list<mixed>  $tokens
     * @return array{int, string}|null
     */
    private static function traitBody(array $tokens): ?array
    {
        foreach ($tokens as $token) {
            if (\is_array($token) && \in_array($token[0], [T_FILE, T_DIR, T_LINE, T_TRAIT_C], true)) {
                return null;
            }
        }
        [$start, $open, $depth] = [null, null, 0];
        foreach ($tokens as $index => $token) {
            $text = \is_array($token) ? $token[1] : $token;
            if ($start === null) {
                $start = \is_array($token) && $token[0] === T_TRAIT ? $index : null;

                continue;
            }
            if ($text === '{' || \is_array($token) && \in_array($token[0], [T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES], true)) {
                $open ??= $index;
                $depth++;
            } elseif ($text === '}' && --$depth === 0) {
                $body = implode('', array_map(fn ($t) => \is_array($t) ? $t[1] : $t, \array_slice($tokens, $open + 1, $index - $open - 1)));

                return [$start, $body];
            }
        }

        return null;
    }

    /**
     * Whether Laravel's code uses $alias as a bare name.
     *
     * @param  list<mixed>  $tokens
     */
    private static function names(array $tokens, string $alias): bool
    {
        foreach ($tokens as $token) {
            if (\is_array($token) && $token[0] === T_STRING && strtolower($token[1]) === $alias) {
                return true;
            }
        }

        return false;
    }

    /** @param list<mixed> $tokens */
    private static function previousCode(array $tokens, int $index): ?string
    {
        for ($i = $index - 1; $i >= 0; $i--) {
            $token = $tokens[$i];
            if (\is_array($token) && \in_array($token[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)) {
                continue;
            }

            return \is_array($token) ? strtolower($token[1]) : $token;
        }

        return null;
    }

    /**
     * The class's constant declarations (but final ones, which cannot be
     * declared again), as written.
     *
     * @param  list<mixed>  $tokens  a file declaring one class
     */
    private static function constants(array $tokens): string
    {
        [$constants, $depth, $start, $isConstant] = ['', 0, null, false];
        foreach ($tokens as $index => $token) {
            $text = \is_array($token) ? $token[1] : $token;
            if ($text === '{' || \is_array($token) && \in_array($token[0], [T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES], true)) {
                $depth++;
                $start = $depth === 1 ? $index + 1 : $start;
            } elseif ($text === '}') {
                $depth--;
                $start = $depth === 1 ? $index + 1 : $start;
            } elseif ($depth === 1 && \is_array($token) && $token[0] === T_CONST) {
                $isConstant = true;
            } elseif ($depth === 1 && $text === ';') {
                $statement = implode('', array_map(fn ($t) => \is_array($t) ? $t[1] : $t, \array_slice($tokens, (int) $start, $index - (int) $start + 1)));
                if ($isConstant && ! preg_match('/\bfinal\b/i', $statement)) {
                    $constants .= $statement."\n";
                }
                [$start, $isConstant] = [$index + 1, false];
            }
        }

        return $constants;
    }

    /**
     * The next $count code tokens after $index, joined, lower-cased.
     *
     * @param  list<mixed>  $tokens
     */
    private static function nextCode(array $tokens, int $index, int $count): string
    {
        $code = '';
        for ($i = $index + 1; $count > 0 && isset($tokens[$i]); $i++) {
            $token = $tokens[$i];
            if (\is_array($token) && \in_array($token[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)) {
                continue;
            }
            $code .= strtolower(\is_array($token) ? $token[1] : $token);
            $count--;
        }

        return $code;
    }

    /**
     * The methods of the class declared in $source: each one's code tokens
     * (no whitespace or comments, from `function` on), and its whole text
     * with its doc comment, attributes and modifiers.
     *
     * @return array<string, array{code: list<string>, text: string}>
     */
    private static function methods(string $source, string $short): array
    {
        $tokens = token_get_all($source);
        $methods = [];
        $inClass = false;
        $depth = 0;
        $current = null;
        [$memberStart, $start] = [0, 0];
        foreach ($tokens as $index => $token) {
            $id = \is_array($token) ? $token[0] : null;
            $text = \is_array($token) ? $token[1] : $token;
            if (! $inClass) {
                $inClass = $id === T_STRING && $text === $short && \in_array(self::previousCode($tokens, $index), ['class', 'trait'], true);

                continue;
            }
            if ($text === '{' || $id === T_CURLY_OPEN || $id === T_DOLLAR_OPEN_CURLY_BRACES) {
                if (++$depth === 1) {
                    $memberStart = $index + 1;
                }
            } elseif ($text === '}') {
                $depth--;
                if ($current !== null && $depth === 1) {
                    $methods[$current] = [
                        'code' => self::code(\array_slice($tokens, $start, $index - $start + 1)),
                        'text' => implode('', array_map(fn ($t) => \is_array($t) ? $t[1] : $t, \array_slice($tokens, $memberStart, $index - $memberStart + 1))),
                    ];
                    $current = null;
                }
                if ($depth === 1) {
                    $memberStart = $index + 1;
                }
                if ($depth === 0) {
                    break;
                }
            } elseif ($text === ';' && $depth === 1) {
                $memberStart = $index + 1;
            } elseif ($id === T_FUNCTION && $depth === 1 && $current === null) {
                $name = null;
                for ($i = $index + 1; $name === null; $i++) {
                    $name = \is_array($tokens[$i]) && $tokens[$i][0] === T_STRING ? $tokens[$i][1] : null;
                }
                [$current, $start] = [$name, $index];
            }
        }

        return $methods;
    }

    /**
     * @param  list<mixed>  $tokens
     * @return list<string>
     */
    private static function code(array $tokens): array
    {
        $code = [];
        foreach ($tokens as $token) {
            if (! \is_array($token) || ! \in_array($token[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)) {
                $code[] = \is_array($token) ? $token[1] : $token;
            }
        }

        return $code;
    }

    /** @param list<string> $code */
    private static function fingerprint(array $code): string
    {
        return substr(hash('sha256', implode("\0", $code)), 0, 24);
    }

    /**
     * The trait's public methods that replace one of Laravel's.
     *
     * @param  array<string, array{code: list<string>, text: string}>  $methods
     * @return list<string>
     */
    private static function overrides(string $trait, array $methods): array
    {
        $names = array_map(fn ($method) => $method->name, (new ReflectionClass($trait))->getMethods(\ReflectionMethod::IS_PUBLIC));

        return array_values(array_filter($names, fn (string $name) => isset($methods[$name])));
    }

    /**
     * The methods whose behaviour native paths mirror: $overrides and what
     * they call through static:: or self::, transitively.
     *
     * @param  list<string>  $overrides
     * @param  array<string, array{code: list<string>, text: string}>  $methods
     * @return list<string>
     */
    private static function mirrored(array $overrides, array $methods): array
    {
        $seen = [];
        $pending = $overrides;
        while ($pending !== []) {
            $method = array_pop($pending);
            if (isset($seen[$method]) || ! isset($methods[$method])) {
                continue;
            }
            $seen[$method] = true;
            $code = $methods[$method]['code'];
            foreach ($code as $i => $text) {
                if (($text === 'static' || $text === 'self') && ($code[$i + 1] ?? null) === '::' && ($code[$i + 3] ?? null) === '(') {
                    $pending[] = $code[$i + 2];
                }
            }
        }

        return array_keys($seen);
    }

    /** Laravel's file for $class, as the other autoloaders would find it. */
    private static function laravelFile(string $class): ?string
    {
        foreach (spl_autoload_functions() as $loader) {
            if (\is_array($loader) && $loader[0] instanceof ClassLoader && \is_string($file = $loader[0]->findFile($class))) {
                return realpath($file) ?: null;
            }
        }
        // Debian's Laravel keeps the framework's source tree on the include
        // path, whose autoloaders cannot be asked where a class lives.
        $short = self::shortName($class);
        foreach ([str_replace('\\', '/', $class).'.php', "Illuminate/Collections/{$short}.php"] as $candidate) {
            $file = stream_resolve_include_path($candidate);
            if ($file !== false) {
                return $file;
            }
        }

        return null;
    }

    /**
     * OXIDE_TRANSPARENT_CACHE, else the Composer project's
     * storage/framework/oxide.
     */
    private static function cacheDirectory(): ?string
    {
        $directory = getenv('OXIDE_TRANSPARENT_CACHE');
        if (\is_string($directory) && $directory !== '') {
            return rtrim($directory, '/');
        }
        if (! class_exists(ClassLoader::class, false)) {
            return null;
        }
        $project = \dirname((string) (new ReflectionClass(ClassLoader::class))->getFileName(), 3);

        return is_dir("{$project}/storage/framework") ? "{$project}/storage/framework/oxide" : null;
    }

    private static function shortName(string $class): string
    {
        return substr($class, strrpos($class, '\\') + 1);
    }

    private static function originalName(string $class): string
    {
        return substr($class, 0, strrpos($class, '\\') + 1).self::ORIGINAL_PREFIX.self::shortName($class);
    }
}
