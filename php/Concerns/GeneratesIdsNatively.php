<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Closure;
use DateTimeInterface;
use Error;
use Oxide\Native;
use Oxide\Runtime;
use Ramsey\Uuid\Codec\TimestampFirstCombCodec;
use Ramsey\Uuid\Generator\CombGenerator;
use Ramsey\Uuid\Lazy\LazyUuidFromString;
use Ramsey\Uuid\Rfc4122\Fields;
use Ramsey\Uuid\Uuid;
use Ramsey\Uuid\UuidFactory;
use Ramsey\Uuid\UuidInterface;
use Symfony\Component\Uid\Ulid;

/**
 * Native uuid(), uuid7(), orderedUuid(), ulid() and random() for a subclass
 * of Illuminate\Support\Str (GeneratesIdStringsNatively adds Oxide\Str's
 * *String() variants).
 *
 * Laravel's factories (createUuidsUsing(), createUlidsUsing(),
 * createRandomStringsUsing() and their sequences and freezes) always win: a
 * faked value is returned as Laravel returns it. uuid() and uuid7() are
 * native only while ramsey/uuid's global factory is its untouched default,
 * whose objects they then build exactly.
 */
trait GeneratesIdsNatively
{
    /** @var (Closure(string): UuidInterface)|null makes orderedUuid()'s UUID of native fields */
    private static ?Closure $orderedUuidBuilder = null;

    /** Reads UuidFactory's private "no setter was called" flag. */
    private static ?Closure $isDefaultUuidFactory = null;

    /** ULIDs of later times no longer fit ULID's 26 characters. */
    private const ULID_TIME_LIMIT = 2 ** 48;

    public static function uuid()
    {
        return self::nativeUuids() ? new LazyUuidFromString(Native\str_uuid()) : parent::uuid();
    }

    public static function uuid7($time = null)
    {
        $milliseconds = self::milliseconds($time);

        return $milliseconds !== false && self::nativeUuids()
            ? new LazyUuidFromString(Native\str_uuid7($milliseconds))
            : parent::uuid7($time);
    }

    public static function orderedUuid()
    {
        if (static::$uuidFactory !== null || ! isset(Runtime::$str)) {
            return parent::orderedUuid();
        }

        return (self::$orderedUuidBuilder ??= self::orderedUuidBuilder())(Native\str_ordered_uuid_fields());
    }

    public static function ulid($time = null)
    {
        $milliseconds = self::ulidMilliseconds($time);

        return $milliseconds !== false ? new Ulid(Native\str_ulid($milliseconds)) : parent::ulid($time);
    }

    public static function random($length = 16)
    {
        // Longer strings gain nothing from native code; odd lengths keep
        // Laravel's juggling.
        if (static::$randomStringFactory === null && \is_int($length) && $length <= 65536
            && isset(Runtime::$str)) {
            return Native\str_random($length);
        }

        return parent::random($length);
    }

    /**
     * Whether Str::uuid()/uuid7() would return ramsey/uuid's default
     * factory's lazy UUIDs, which native code then makes.
     */
    private static function nativeUuids(): bool
    {
        if (static::$uuidFactory !== null || ! isset(Runtime::$str)) {
            return false;
        }

        $factory = Uuid::getFactory();

        return $factory::class === UuidFactory::class
            && (self::$isDefaultUuidFactory ??= Closure::bind(
                static fn (UuidFactory $factory): bool => $factory->isDefaultFeatureSet,
                null,
                UuidFactory::class,
            ))($factory);
    }

    /**
     * The time as ramsey/uuid and symfony/uid read it (Unix milliseconds),
     * null for now, false for what native code leaves to them.
     */
    private static function milliseconds(mixed $time): int|null|false
    {
        return match (true) {
            $time === null => null,
            $time instanceof DateTimeInterface => (int) $time->format('Uv'),
            default => false,
        };
    }

    /**
     * The milliseconds for a native ULID, or false for what symfony/uid
     * rejects (negative times, times past ULID's range) or a faked ULID.
     */
    private static function ulidMilliseconds(mixed $time): int|null|false
    {
        if (static::$ulidFactory !== null || ! isset(Runtime::$str)) {
            return false;
        }

        if ($time === null) {
            return null;
        }

        $milliseconds = self::milliseconds($time);

        return $milliseconds === false || $milliseconds < 0 || $milliseconds >= self::ULID_TIME_LIMIT
            ? false
            : $milliseconds;
    }

    /**
     * What builds orderedUuid()'s UUIDs of native fields as the factory
     * Laravel configures on each call builds them.
     *
     * Most of ramsey/uuid's cost is validating the fields it is given, which
     * native fields satisfy by construction, so a UUID the factory built is
     * cloned with its fields' bytes replaced. That relies on ramsey/uuid's
     * internals, so it is used only if it gives what the factory gives,
     * checked here once per process; otherwise the factory builds each UUID.
     *
     * @return Closure(string): UuidInterface
     */
    private static function orderedUuidBuilder(): Closure
    {
        $factory = new UuidFactory;
        $factory->setRandomGenerator(new CombGenerator(
            $factory->getRandomGenerator(),
            $factory->getNumberConverter(),
        ));
        $factory->setCodec(new TimestampFirstCombCodec($factory->getUuidBuilder()));

        $prototype = $factory->uuid(Native\str_ordered_uuid_fields());
        $withFields = Closure::bind(static function (Uuid $uuid, string $bytes): Uuid {
            $uuid = clone $uuid;
            $uuid->fields = (static function (Fields $fields) use ($bytes): Fields {
                $fields = clone $fields;
                $fields->bytes = $bytes;

                return $fields;
            })->bindTo(null, Fields::class)($uuid->fields);

            return $uuid;
        }, null, Uuid::class);
        $clone = static fn (string $bytes): UuidInterface => $withFields($prototype, $bytes);

        try {
            $sample = Native\str_ordered_uuid_fields();
            $cloned = $prototype instanceof Uuid && $prototype->getFields() instanceof Fields ? $clone($sample) : null;
        } catch (Error) {
            $cloned = null;
        }

        return $cloned == $factory->uuid($sample) ? $clone : $factory->uuid(...);
    }
}
