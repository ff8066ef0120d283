<?php

declare(strict_types=1);

namespace Oxide\Tests\Integration;

use Illuminate\Database\Eloquent\Concerns\HasRelationships;
use Illuminate\Database\Eloquent\Concerns\HasTimestamps;
use Illuminate\Database\Eloquent\Concerns\HidesAttributes;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Foundation\Http\Middleware\TrimStrings;
use Illuminate\Http\Request;
use Illuminate\Support\Arr;
use Illuminate\Support\Str;
use Oxide\Eloquent\AttributeReads;
use Oxide\Eloquent\Construction;
use Oxide\Eloquent\Hydration;
use Oxide\Transparent;
use Oxide\Tests\Support\LaravelApp;
use PHPUnit\Framework\TestCase;
use ReflectionClass;
use ReflectionMethod;
use Throwable;

/**
 * Transparent mode: Laravel's own Str and Arr run native paths when it is on
 * (make phpunit-transparent), and are Laravel's classes as they are when it
 * is off, switched off, or cannot work.
 */
final class TransparentModeTest extends TestCase
{
    /** A child's check: Laravel's classes give what their originals give. */
    private const SAME_RESULTS = '$calls = [["slug", "Hello World"], ["snake", "FooBarBaz"], ["is", "a/*", "a/b"], ["squish", "  a  b "], ["limit", "abcdef", 3], ["plural", "child"]];'
        .'$same = true; foreach ($calls as $a) { $m = array_shift($a); $same = $same && Illuminate\\Support\\Str::$m(...$a) === Illuminate\\Support\\OxideOriginalStr::$m(...$a); }'
        .'$same = $same && Illuminate\\Support\\Arr::get(["a" => ["b" => 1]], "a.b") === 1 && Illuminate\\Support\\Arr::dot(["a" => ["b" => 1]]) === ["a.b" => 1];'
        .'echo "same results: ", $same ? "yes" : "no", "\\n";';

    private static function on(): bool
    {
        return getenv('OXIDE_TRANSPARENT') === 'on' && extension_loaded('oxide');
    }

    public function test_laravels_classes_run_native_paths_exactly_when_it_is_on(): void
    {
        $is = new ReflectionMethod(Str::class, 'is');
        if (self::on()) {
            $this->assertSame('Illuminate\Support\OxideOriginalStr', get_parent_class(Str::class));
            $this->assertSame('Illuminate\Support\OxideOriginalArr', get_parent_class(Arr::class));
            $this->assertTrue(self::callsNativeCode($is));
            $this->assertTrue(Transparent::report()['on']);
            // Once Laravel's classes it patches are loaded, the autoloader
            // leaves: the request's other classes no longer pass through it.
            class_exists(Model::class);
            class_exists(\Illuminate\Database\Eloquent\Builder::class);
            $transparentLoaders = array_filter(spl_autoload_functions(), static fn (mixed $loader): bool => $loader instanceof \Closure
                && (new \ReflectionFunction($loader))->getClosureScopeClass()?->getName() === Transparent::class);
            $this->assertSame([], $transparentLoaders);
        } else {
            $this->assertFalse(get_parent_class(Str::class));
            $this->assertFalse(get_parent_class(Arr::class));
            $this->assertStringEndsWith('Illuminate/Support/Str.php', (string) $is->getFileName());
            $this->assertFalse(Transparent::report()['on']);
        }
    }

    public function test_the_frameworks_own_calls_take_the_native_path(): void
    {
        // TrimStrings asks Str::is() whether each key is excepted.
        $middleware = new TrimStrings;
        TrimStrings::except(['secret*', 'keep.*']);
        $request = Request::create('/', 'POST', ['name' => '  Taylor  ', 'secret_code' => '  x  ', 'keep' => ['a' => ' y ']]);
        $trimmed = $middleware->handle($request, fn (Request $request) => $request->all());
        TrimStrings::flushState();

        $this->assertSame(['name' => 'Taylor', 'secret_code' => '  x  ', 'keep' => ['a' => ' y ']], $trimmed);
        // What TrimStrings called: Oxide's native is() in transparent mode.
        $this->assertSame(self::on(), self::callsNativeCode(new ReflectionMethod(Str::class, 'is')));
    }

    public function test_a_method_whose_laravel_body_differs_stays_laravels(): void
    {
        $source = (string) file_get_contents((string) (new ReflectionClass(Transparent::original(Str::class)))->getFileName());
        $plan = Transparent::plan(Str::class, self::laravelsStr($source));
        $this->assertContains('snake', $plan['native']);
        $this->assertContains('is', $plan['native']);

        // Another Laravel release changes is(): it and the methods its trait
        // mirrors stay Laravel's; the rest stays native.
        $altered = preg_replace('/(public static function is\(\$pattern, \$value, \$ignoreCase = false\)\s*\{)/', '$1 $value = (string) $value;', self::laravelsStr($source), 1, $count);
        $this->assertSame(1, $count);
        $plan = Transparent::plan(Str::class, $altered);
        $this->assertNotContains('is', $plan['native']);
        $this->assertArrayHasKey('is', $plan['skipped']);
        $this->assertStringContainsString('is() differs', $plan['skipped']['is']);
        $this->assertContains('snake', $plan['native']);

        // A release where every mirrored method differs: nothing native.
        $plan = Transparent::plan(Str::class, preg_replace('/(public static function \w+\([^)]*\)\s*(?::\s*[\w?|\\\\]+\s*)?\{)/', '$1 ;', self::laravelsStr($source)));
        $this->assertSame([], $plan['native']);
    }

    public function test_eloquent_reads_start_natively_only_over_proven_code(): void
    {
        $report = fn (array $environment) => self::child($environment, [], 'class_exists(Illuminate\Database\Eloquent\Model::class);'
            .'echo json_encode(Oxide\Transparent::report()["classes"]['.var_export(AttributeReads::TRAIT, true).']);');
        if (! \function_exists('Oxide\Native\model_attribute_mirrors')) {
            $this->assertStringContainsString('"patched":false', $report(['OXIDE_TRANSPARENT' => 'on']));

            return;
        }
        $this->assertStringContainsString('"patched":true,"why":null,"native":["getAttribute","attributesToArray"]', $report(['OXIDE_TRANSPARENT' => 'on']));
        $model = self::child(['OXIDE_TRANSPARENT' => 'on'], [], 'class_exists(Illuminate\Database\Eloquent\Model::class);'
            .'echo json_encode(Oxide\Transparent::report()["classes"]['.var_export(Construction::MODEL, true).']);');
        $this->assertStringContainsString('"patched":true,"why":null,"native":["resolveClassAttribute","__construct","forceFill","bootTraits"]', $model);
        $builder = self::child(['OXIDE_TRANSPARENT' => 'on'], [], 'class_exists(Illuminate\Database\Eloquent\Builder::class);'
            .'echo json_encode(Oxide\Transparent::report()["classes"]['.var_export(Hydration::BUILDER, true).']);');
        $this->assertStringContainsString('"patched":true,"why":null,"native":["hydrate"]', $builder);
        $this->assertStringContainsString('"patched":false,"why":"switched off (OXIDE_ELOQUENT=off)"', $report(['OXIDE_TRANSPARENT' => 'on', 'OXIDE_ELOQUENT' => 'off']));

        // The installed Laravel is proven; a release whose castAttribute()
        // differs is not, and the trait stays Laravel's.
        // Laravel's files, not transparent mode's copies (Model has one too).
        $model = \dirname((string) (new ReflectionClass(\Illuminate\Database\Eloquent\Collection::class))->getFileName()).'/Model.php';
        $sources = [
            AttributeReads::TRAIT => \dirname($model).'/Concerns/HasAttributes.php',
            Model::class => $model,
            HasTimestamps::class => \dirname($model).'/Concerns/HasTimestamps.php',
            HidesAttributes::class => \dirname($model).'/Concerns/HidesAttributes.php',
            HasRelationships::class => \dirname($model).'/Concerns/HasRelationships.php',
        ];
        // What Date::createFromFormat() runs: not copied by transparent mode.
        foreach (\array_slice(AttributeReads::SOURCES, \count($sources)) as $dates) {
            $sources[$dates] = (string) (new ReflectionClass($dates))->getFileName();
        }
        $this->assertSame([], Transparent::unprovenMirrors(AttributeReads::TRAIT, $sources));
        $altered = (string) tempnam(sys_get_temp_dir(), 'oxide-has-attributes');
        try {
            $code = preg_replace('/(protected function castAttribute\(\$key, \$value\)\s*\{)/', '$1 $key = (string) $key;', (string) file_get_contents($sources[AttributeReads::TRAIT]), 1, $count);
            $this->assertSame(1, $count);
            file_put_contents($altered, $code);
            $this->assertSame(['castAttribute'], Transparent::unprovenMirrors(AttributeReads::TRAIT, [AttributeReads::TRAIT => $altered] + $sources));
        } finally {
            @unlink($altered);
        }
    }

    public function test_laravels_classes_never_show_the_renamed_original(): void
    {
        if (! self::on()) {
            $this->assertFalse(class_exists('Illuminate\Support\OxideOriginalStr', false));

            return;
        }
        // Native methods hand what they cannot decide to the original through
        // parent::, where an error would name it: feed them what fails.
        $seen = [];
        foreach (Transparent::report()['classes'] as $class => $report) {
            foreach ($report['native'] as $method) {
                foreach ([[], [[]], [new \stdClass, new \stdClass, new \stdClass], [[], [], [], []]] as $arguments) {
                    try {
                        set_error_handler(static function (int $errno, string $message) use (&$seen, $class, $method): bool {
                            $seen[] = "{$class}::{$method}: {$message}";

                            return true;
                        });
                        $class::{$method}(...$arguments);
                    } catch (Throwable $e) {
                        $seen[] = "{$class}::{$method}: ".$e->getMessage();
                    } finally {
                        restore_error_handler();
                    }
                }
            }
        }
        $this->assertNotEmpty($seen);
        $this->assertSame([], array_values(array_filter($seen, fn (string $message) => str_contains($message, 'OxideOriginal'))));
    }

    public function test_it_falls_back_to_laravels_classes_when_it_cannot_work(): void
    {
        $this->assertStringContainsString(
            'Illuminate\Support\Str: stock; off (switched off (OXIDE_TRANSPARENT=off))',
            self::child(['OXIDE_TRANSPARENT' => 'off']),
        );
        if (! extension_loaded('oxide')) {
            $this->assertStringContainsString('off (the extension is not loaded)', self::child(['OXIDE_TRANSPARENT' => 'on']));

            return;
        }
        // A cache directory that cannot be created (even by root).
        $this->assertStringContainsString(
            'Illuminate\Support\Str: stock; on; Laravel\'s (the cache directory /proc/oxide-cache cannot be created)',
            self::child(['OXIDE_TRANSPARENT' => 'on', 'OXIDE_TRANSPARENT_CACHE' => '/proc/oxide-cache']),
        );
        $this->assertStringContainsString('Illuminate\Support\Str: native; on', self::child(['OXIDE_TRANSPARENT' => 'on']));
    }

    /**
     * Every request registers transparent mode; what it reads to do so
     * loads none of the classes that write and prove the prologues (a
     * request loads those it needs when Laravel's trait loads).
     */
    public function test_registering_loads_no_prologue_spec(): void
    {
        $specs = 'echo "loaded: ", json_encode(array_values(array_filter(array_column(Oxide\Transparent::PROLOGUES, "spec"), fn ($spec) => class_exists($spec, false)))), "\n";';
        $this->assertStringStartsWith('loaded: []', self::child(['OXIDE_TRANSPARENT' => 'on'], [], before: $specs));
        foreach (Transparent::PROLOGUES as $trait => ['spec' => $spec]) {
            $this->assertSame($trait, $spec::SOURCES[0], $spec);
        }
    }

    /**
     * Which copy to load is remembered by the worker (the extension) and
     * derived again as often as OPcache re-reads files; a failure or a copy
     * that is gone is derived again at once.
     */
    public function test_worker_facts_are_derived_as_often_as_opcache_rereads_files(): void
    {
        $then = '$n = 0; $derive = function () use (&$n) { $n++; return "fact"; };'
            .'foreach ([1, 2, 3] as $_) { Oxide\WorkerFacts::get("test:fact", $derive); }'
            .'$gone = Oxide\WorkerFacts::get("test:fact", $derive, fn (string $fact) => false);'
            .'$failures = 0; foreach ([1, 2] as $_) { Oxide\WorkerFacts::get("test:none", function () use (&$failures) { $failures++; return null; }); }'
            .'echo "derived {$n} ({$gone}), failures derived {$failures}\n";';
        $opcache = ['-d', 'opcache.enable_cli=1'];
        $cases = [
            'no opcache' => [[], 4],
            'opcache trusting its files' => [[...$opcache, '-d', 'opcache.validate_timestamps=0'], 2],
            'opcache checking every request' => [[...$opcache, '-d', 'opcache.validate_timestamps=1', '-d', 'opcache.revalidate_freq=0'], 4],
            'opcache checking every minute' => [[...$opcache, '-d', 'opcache.validate_timestamps=1', '-d', 'opcache.revalidate_freq=60'], 2],
        ];
        foreach ($cases as $name => [$options, $derived]) {
            // Without the extension, nothing outlives the request.
            $derived = extension_loaded('oxide') ? $derived : 4;
            $this->assertStringContainsString("derived {$derived} (fact), failures derived 2", self::child([], $options, $then), $name);
        }
    }

    public function test_it_holds_under_opcache_the_tracing_jit_and_preloading(): void
    {
        if (! extension_loaded('oxide')) {
            $this->assertStringContainsString('off (the extension is not loaded)', self::child(['OXIDE_TRANSPARENT' => 'on']));

            return;
        }
        $opcache = ['-d', 'opcache.enable_cli=1', '-d', 'opcache.jit=tracing', '-d', 'opcache.jit_buffer_size=32M'];
        $this->assertStringContainsString('Illuminate\Support\Str: native; on', self::child(['OXIDE_TRANSPARENT' => 'on'], $opcache));
        $this->assertStringContainsString('same results: yes', self::child(['OXIDE_TRANSPARENT' => 'on'], $opcache, self::SAME_RESULTS));

        // Preloaded by a script that loads the classes as an app would:
        // requests then start with Oxide's copies already linked.
        $preload = sys_get_temp_dir().'/oxide-preload-'.getmypid().'.php';
        file_put_contents($preload, '<?php require '.var_export(\dirname(__DIR__).'/bootstrap.php', true).'; class_exists(Illuminate\Support\Str::class); class_exists(Illuminate\Support\Arr::class);');
        try {
            $preloading = [...$opcache, '-d', "opcache.preload={$preload}", '-d', 'opcache.preload_user='.(get_current_user() ?: 'root')];
            $preloaded = 'echo in_array("Illuminate\\\\Support\\\\Str", opcache_get_status()["preload_statistics"]["classes"] ?? [], true) ? "preloaded" : "not preloaded";';
            $this->assertStringContainsString("Illuminate\\Support\\Str: native; on\npreloaded", self::child(['OXIDE_TRANSPARENT' => 'on'], $preloading, $preloaded));
            $this->assertStringContainsString('same results: yes', self::child(['OXIDE_TRANSPARENT' => 'on'], $preloading, self::SAME_RESULTS));
        } finally {
            @unlink($preload);
        }
    }

    public function test_an_app_boots_and_reports_it(): void
    {
        $output = (new LaravelApp)->artisan('oxide:status');

        $this->assertStringContainsString(self::on() ? 'Transparent mode  | on' : 'Transparent mode  | off', $output);
    }

    /** Whether the method's code calls the extension. */
    private static function callsNativeCode(ReflectionMethod $method): bool
    {
        $lines = file((string) $method->getFileName()) ?: [];
        $code = implode('', \array_slice($lines, $method->getStartLine() - 1, $method->getEndLine() - $method->getStartLine() + 1));

        return str_contains($code, 'Native\\str_is(');
    }

    /** Laravel's Str as its file declares it (the renamed original's source is the same file). */
    private static function laravelsStr(string $source): string
    {
        return str_replace('class OxideOriginalStr', 'class Str', $source);
    }

    /**
     * A fresh PHP with $environment and $options: which Str it got, the
     * report, and what $then prints.
     *
     * @param  array<string, string>  $environment
     * @param  list<string>  $options
     */
    private static function child(array $environment, array $options = [], string $then = '', string $before = ''): string
    {
        $command = [PHP_BINARY, ...$options];
        $module = getenv('OXIDE_EXTENSION');
        if (\is_string($module) && $module !== '' && extension_loaded('oxide')) {
            array_push($command, '-d', "extension={$module}");
        }
        $script = 'require '.var_export(\dirname(__DIR__).'/bootstrap.php', true).';'.$before
            .'$report = Oxide\Transparent::report();'
            .'echo "Illuminate\\\\Support\\\\Str: ", get_parent_class(Illuminate\Support\Str::class) ? "native" : "stock", "; ",'
            .'$report["on"] ? "on" : "off (".$report["why"].")",'
            .'$report["classes"]["Illuminate\\\\Support\\\\Str"]["why"] ? "; Laravel\'s (".$report["classes"]["Illuminate\\\\Support\\\\Str"]["why"].")" : "";'
            .'echo "\\n";'.$then;
        array_push($command, '-r', $script);
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment + getenv());
        $output = (string) stream_get_contents($pipes[1]).(string) stream_get_contents($pipes[2]);
        proc_close($process);

        return $output;
    }
}
