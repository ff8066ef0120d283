<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use DateTimeImmutable;
use Oxide\Tests\Support\LaravelStr;
use Oxide\Native;
use Oxide\Str;
use Oxide\Tests\Support\Outcome;
use Ramsey\Uuid\Codec\TimestampFirstCombCodec;
use Ramsey\Uuid\Generator\CombGenerator;
use Ramsey\Uuid\Generator\RandomGeneratorInterface;
use Ramsey\Uuid\Lazy\LazyUuidFromString;
use Ramsey\Uuid\Rfc4122\UuidV4;
use Ramsey\Uuid\Uuid;
use Ramsey\Uuid\UuidFactory;
use Ramsey\Uuid\UuidInterface;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Uid\Ulid;

/**
 * Oxide\Str's identifiers and random strings against Laravel's: random values
 * cannot be compared one to one, so each is checked for the same class, the
 * same layout (version, variant, alphabet, length), the same time where a
 * time goes in, ordering where Laravel's is ordered, uniqueness, and the
 * same answer whenever Laravel's factories are faked.
 */
final class IdsParityTest extends TestCase
{
    private const RUNS = 5000;

    private const UUID = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/';

    protected function tearDown(): void
    {
        LaravelStr::createUuidsNormally();
        LaravelStr::createUlidsNormally();
        LaravelStr::createRandomStringsNormally();
        Uuid::setFactory(new UuidFactory);
    }

    public function test_oxide_str_is_the_native_variant(): void
    {
        $this->assertContains('Oxide\Concerns\GeneratesIdsNatively', class_uses(Str::class));
    }

    public function test_uuid_is_ramseys_lazy_version_4_uuid(): void
    {
        $seen = [];
        for ($i = 0; $i < self::RUNS; $i++) {
            $uuid = Str::uuid();
            $this->assertSame(LazyUuidFromString::class, $uuid::class);
            $this->assertSame(LaravelStr::uuid()::class, $uuid::class);
            $this->assertMatchesRegularExpression(self::UUID, $uuid->toString());
            $this->assertSame(4, $uuid->getFields()->getVersion());
            $this->assertSame('4', Str::uuidString()[14]);
            $seen[$uuid->toString()] = true;
            $seen[Str::uuidString()] = true;
        }
        $this->assertCount(2 * self::RUNS, $seen, 'no UUID repeats');
        $this->assertTrue(Uuid::fromString(Str::uuidString())->equals(Uuid::fromString(Str::uuidString())) === false);
    }

    public function test_uuid_bits_are_uniformly_random(): void
    {
        // Every bit outside version and variant is set about half the time.
        $ones = array_fill(0, 128, 0);
        $runs = 4000;
        for ($i = 0; $i < $runs; $i++) {
            $bytes = Str::uuid()->getBytes();
            for ($bit = 0; $bit < 128; $bit++) {
                $ones[$bit] += (ord($bytes[$bit >> 3]) >> (7 - ($bit & 7))) & 1;
            }
        }
        $fixed = [48 => 0, 49 => 1, 50 => 0, 51 => 0, 64 => 1, 65 => 0];
        foreach ($ones as $bit => $count) {
            if (isset($fixed[$bit])) {
                $this->assertSame($fixed[$bit] * $runs, $count, "bit {$bit}");
            } else {
                // Six standard deviations (sqrt(4000)/2 ~ 32) either side.
                $this->assertEqualsWithDelta($runs / 2, $count, 190, "bit {$bit}");
            }
        }
    }

    public function test_uuid7_is_ramseys_lazy_version_7_uuid_in_time_order(): void
    {
        $before = (int) floor(microtime(true) * 1000);
        $previous = '';
        for ($i = 0; $i < self::RUNS; $i++) {
            $uuid = $i % 2 ? Str::uuid7() : Uuid::fromString(Str::uuid7String());
            $text = $uuid->toString();
            $this->assertMatchesRegularExpression(self::UUID, $text);
            $this->assertSame(7, $uuid->getFields()->getVersion());
            $this->assertGreaterThan($previous, $text, 'ordered within the process');
            $previous = $text;
        }
        $this->assertSame(LaravelStr::uuid7()::class, Str::uuid7()::class);
        $after = (int) floor(microtime(true) * 1000);
        $milliseconds = (int) Str::uuid7()->getDateTime()->format('Uv');
        $this->assertGreaterThanOrEqual($before, $milliseconds);
        $this->assertLessThanOrEqual($after + 1, $milliseconds);
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function times(): iterable
    {
        foreach (['1970-01-01 00:00:00', '2020-01-01 12:34:56.789', '2038-01-19 03:14:08.001', '1969-12-31 23:59:59.5', '8000-01-01', '10889-08-02 05:31:50.656'] as $time) {
            yield $time => [$time];
        }
    }

    #[DataProvider('times')]
    public function test_uuid7_and_ulid_of_a_given_time_encode_it_as_laravels_do(string $time): void
    {
        $time = new DateTimeImmutable($time.' UTC');
        $laravel = Outcome::of(fn () => substr((string) LaravelStr::uuid7($time), 0, 13));
        $this->assertEquals($laravel, Outcome::of(fn () => substr((string) Str::uuid7($time), 0, 13)));
        $this->assertEquals($laravel, Outcome::of(fn () => substr(Str::uuid7String($time), 0, 13)));

        $laravel = Outcome::of(fn () => substr((string) LaravelStr::ulid($time), 0, 10));
        $this->assertEquals($laravel, Outcome::of(fn () => substr((string) Str::ulid($time), 0, 10)));
        $this->assertEquals($laravel, Outcome::of(fn () => substr(Str::ulidString($time), 0, 10)));
    }

    public function test_the_same_given_time_keeps_counting_up(): void
    {
        $time = new DateTimeImmutable('2024-05-06 07:08:09.010');
        $uuids = array_map(fn () => Str::uuid7String($time), range(1, 100));
        $ulids = array_map(fn () => Str::ulidString($time), range(1, 100));
        foreach ([$uuids, $ulids] as $ids) {
            $sorted = $ids;
            sort($sorted);
            $this->assertSame($sorted, $ids);
            $this->assertCount(100, array_unique($ids));
        }
    }

    public function test_ordered_uuid_is_laravels_timestamp_first_uuid(): void
    {
        $laravel = LaravelStr::orderedUuid();
        $previousTicks = '';
        for ($i = 0; $i < self::RUNS; $i++) {
            $uuid = Str::orderedUuid();
            $this->assertSame($laravel::class, $uuid::class);
            $this->assertSame(UuidV4::class, $uuid::class);
            $text = $uuid->toString();
            $this->assertMatchesRegularExpression(self::UUID, $text);
            $this->assertSame('4', $text[14]);
            // The codec is Laravel's: the binary form is the text's.
            $this->assertSame(str_replace('-', '', $text), bin2hex($uuid->getBytes()));
            // The object is built as Laravel builds its own.
            $this->assertSame(array_map(get_debug_type(...), (array) $laravel), array_map(get_debug_type(...), (array) $uuid));
            $ticks = substr(str_replace('-', '', $text), 0, 12);
            $this->assertGreaterThanOrEqual($previousTicks, $ticks, 'timestamp first, so ordered');
            $previousTicks = $ticks;
            $string = Str::orderedUuidString();
            $this->assertMatchesRegularExpression(self::UUID, $string);
            $this->assertGreaterThanOrEqual($previousTicks, substr(str_replace('-', '', $string), 0, 12));
        }
        // Ticks are 10 µs units of the time now, as Laravel's: all of them
        // fall between the clock read before and after (however slow the
        // machine is).
        $ticks = fn (string $uuid) => hexdec(substr(str_replace('-', '', $uuid), 0, 12));
        $now = fn () => (int) floor(microtime(true) * 100_000);
        $before = $now();
        $made = [(string) LaravelStr::orderedUuid(), Str::orderedUuidString(), (string) Str::orderedUuid()];
        $after = $now();
        foreach ($made as $uuid) {
            $this->assertGreaterThanOrEqual($before, $ticks($uuid));
            $this->assertLessThanOrEqual($after + 1, $ticks($uuid));
        }
        $this->assertInstanceOf(TimestampFirstCombCodec::class, (fn () => $this->codec)->call(Str::orderedUuid()));
    }

    public function test_ordered_uuid_objects_are_what_laravels_factory_builds_of_the_same_fields(): void
    {
        $factory = new UuidFactory;
        $factory->setRandomGenerator(new CombGenerator($factory->getRandomGenerator(), $factory->getNumberConverter()));
        $factory->setCodec(new TimestampFirstCombCodec($factory->getUuidBuilder()));
        Str::orderedUuid();
        $builder = (fn () => self::$orderedUuidBuilder)->bindTo(null, Str::class)();
        $this->assertNotInstanceOf(UuidFactory::class, (new \ReflectionFunction($builder))->getClosureThis(), 'the cloning builder is in use');
        for ($i = 0; $i < 1000; $i++) {
            $fields = Native\str_ordered_uuid_fields();
            $this->assertEquals($factory->uuid($fields), $builder($fields));
        }
    }

    public function test_ulid_is_symfonys_ulid_in_time_order(): void
    {
        $before = (int) floor(microtime(true) * 1000);
        $previous = '';
        for ($i = 0; $i < self::RUNS; $i++) {
            $ulid = $i % 2 ? (string) Str::ulid() : Str::ulidString();
            $this->assertTrue(Ulid::isValid($ulid));
            $this->assertMatchesRegularExpression('/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/', $ulid);
            $this->assertGreaterThan($previous, $ulid);
            $previous = $ulid;
        }
        $this->assertSame(Ulid::class, Str::ulid()::class);
        $milliseconds = (int) Str::ulid()->getDateTime()->format('Uv');
        $this->assertGreaterThanOrEqual($before, $milliseconds);
        $this->assertLessThanOrEqual((int) floor(microtime(true) * 1000) + 1, $milliseconds);
    }

    /**
     * @return iterable<string, array{mixed}>
     */
    public static function lengths(): iterable
    {
        foreach ([16, 0, 1, 2, 3, 4, 5, 31, 32, 40, 64, 255, 1000, 65536, 65537, -1, PHP_INT_MIN, '7', ' 7', '7.0', 7.0, true, null] as $length) {
            yield var_export($length, true) => [$length];
        }
    }

    #[DataProvider('lengths')]
    public function test_random_gives_what_laravel_gives(mixed $length): void
    {
        $describe = fn (Outcome $outcome) => [
            'length' => \is_string($outcome->value) ? \strlen($outcome->value) : get_debug_type($outcome->value),
            'alphanumeric' => \is_string($outcome->value) && preg_match('/^[A-Za-z0-9]*$/', $outcome->value) === 1,
            'exception' => $outcome->exception,
            'errors' => $outcome->errors,
        ];
        $this->assertSame(
            $describe(Outcome::of(fn () => LaravelStr::random($length))),
            $describe(Outcome::of(fn () => Str::random($length))),
        );
    }

    public function test_random_draws_every_letter_and_digit_evenly(): void
    {
        $counts = count_chars(implode('', array_map(fn () => Str::random(1000), range(1, 124))), 1);
        $this->assertCount(62, $counts);
        $this->assertSame(str_split('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'), array_map(chr(...), array_keys($counts)));
        foreach ($counts as $count) {
            // 124,000 symbols, 2,000 of each expected; sd ~ 44.
            $this->assertEqualsWithDelta(2000, $count, 300);
        }
    }

    public function test_laravels_factories_win(): void
    {
        $uuid = Uuid::fromString('a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3');
        LaravelStr::createUuidsUsing(fn () => $uuid);
        $this->assertSame($uuid, Str::uuid());
        $this->assertSame($uuid, Str::uuid7());
        $this->assertSame($uuid, Str::orderedUuid());
        $this->assertSame((string) $uuid, Str::uuidString());
        $this->assertSame((string) $uuid, Str::uuid7String());
        $this->assertSame((string) $uuid, Str::orderedUuidString());

        $frozen = Str::freezeUuids();
        $this->assertSame($frozen, Str::uuid());
        Str::createUuidsNormally();
        $this->assertNotSame($frozen, Str::uuid());

        $first = Uuid::fromString('00000000-0000-4000-8000-000000000001');
        Str::createUuidsUsingSequence([$first]);
        $this->assertSame($first, Str::uuid());
        $this->assertNotSame($first->toString(), Str::uuidString(), 'after the sequence, a real UUID');

        $ulid = new Ulid('01ARZ3NDEKTSV4RRFFQ69G5FAV');
        LaravelStr::createUlidsUsing(fn () => $ulid);
        $this->assertSame($ulid, Str::ulid());
        $this->assertSame('01ARZ3NDEKTSV4RRFFQ69G5FAV', Str::ulidString());
        Str::createUlidsUsingSequence([$ulid]);
        $this->assertSame($ulid, Str::ulid());
        $this->assertNotSame('01ARZ3NDEKTSV4RRFFQ69G5FAV', Str::ulidString());

        LaravelStr::createRandomStringsUsing(fn (int $length) => str_repeat('x', $length));
        $this->assertSame('xxxx', Str::random(4));
        Str::createRandomStringsUsingSequence(['a', 'b']);
        $this->assertSame(['a', 'b'], [Str::random(), Str::random()]);
        $this->assertSame(16, \strlen(Str::random()));
    }

    public function test_a_customised_ramsey_factory_is_used_as_laravel_uses_it(): void
    {
        $fixed = new class implements RandomGeneratorInterface
        {
            public function generate(int $length): string
            {
                return str_repeat("\xAB", $length);
            }
        };
        $factory = new UuidFactory;
        $factory->setRandomGenerator($fixed);
        Uuid::setFactory($factory);
        $this->assertEquals(LaravelStr::uuid(), Str::uuid());
        $this->assertSame('abababab-abab-4bab-abab-abababababab', Str::uuidString());

        // The global default factory, customised in place.
        Uuid::setFactory(new UuidFactory);
        Uuid::getFactory()->setRandomGenerator($fixed);
        $this->assertSame('abababab-abab-4bab-abab-abababababab', (string) Str::uuid());
        $epoch = new DateTimeImmutable('@0');
        $this->assertSame(LaravelStr::uuid7($epoch)::class, Str::uuid7($epoch)::class);
        $this->assertSame(substr((string) LaravelStr::uuid7($epoch), 0, 13), substr((string) Str::uuid7($epoch), 0, 13));
    }

    public function test_forked_children_never_repeat_their_parents_randomness(): void
    {
        Native\str_uuid(); // the parent now holds buffered random bytes
        $file = tempnam(sys_get_temp_dir(), 'oxide');
        Native\str_ulid(null); // and a ULID state
        $pid = pcntl_fork();
        if ($pid === 0) {
            file_put_contents($file, implode("\n", [Native\str_uuid(), Native\str_random(32), Native\str_ulid(null)]));
            exit(0);
        }
        pcntl_waitpid($pid, $status);
        $child = explode("\n", (string) file_get_contents($file));
        unlink($file);
        $parent = [Native\str_uuid(), Native\str_random(32), Native\str_ulid(null)];
        $this->assertCount(3, $child);
        $this->assertNotSame($parent[0], $child[0]);
        $this->assertNotSame($parent[1], $child[1]);
        $this->assertNotSame(substr($parent[2], 10), substr($child[2], 10));
    }
}
