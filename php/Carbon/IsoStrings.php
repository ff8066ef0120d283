<?php

declare(strict_types=1);

namespace Oxide\Carbon;

use Carbon\CarbonInterface;

/**
 * Carbon's `toISOString()` in UTC, which `toJSON()` and so every date in a JSON response
 * (resources, `toJson()`, `serializeDate()`) goes through: in transparent mode Carbon's
 * `Converter::toISOString()` starts with the prologue below.
 *
 * Carbon writes a clone moved to UTC through `isoFormat('YYYY-MM-DD[T]HH:mm:ss.SSSSSS[Z]')`,
 * a token parser that costs ~35 µs a date; every token of that format is the UTC instant's
 * year (four digits at least), month, day, hour, minute, second and microseconds, which
 * `gmdate()` of the timestamp and the date's own microseconds give as they are. Answered here
 * for Carbon's own classes and Laravel's, with a year from 1 to 9999 (Carbon calls year 0
 * invalid and pads other years to six digits); anything else is Carbon's code.
 */
final class IsoStrings
{
    /** Carbon's trait whose method takes the prologue. */
    public const TRAIT = 'Carbon\Traits\Converter';

    /** Where the mirrored methods are declared. */
    public const SOURCES = [self::TRAIT, 'Carbon\Traits\Date'];

    /** The code each method starts with. */
    public const PROLOGUES = [
        'toISOString' => 'if (! $keepOffset && ($oxide = \Oxide\Carbon\IsoStrings::utc($this)) !== null) { return $oxide; }',
    ];

    /** The classes that declare none of the mirrored methods again. */
    private const CARBON_CLASSES = [
        'Carbon\Carbon' => true,
        'Carbon\CarbonImmutable' => true,
        'Illuminate\Support\Carbon' => true,
    ];

    /**
     * The methods whose code the prologue mirrors: toISOString(), the tokens isoFormat()
     * reads and how (getIsoUnits(), getPaddedUnit(), rawFormat()), the move to UTC
     * (avoidMutation(), utc(), setTimezone()) and isValid(), which __call() answers.
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return ['toISOString', 'rawFormat', 'isoFormat', 'getIsoUnits', 'getPaddedUnit', 'avoidMutation', 'utc', 'setTimezone', '__call', 'callIsMethod'];
    }

    /** `$date->toISOString()`, or null for Carbon's code. */
    public static function utc(CarbonInterface $date): ?string
    {
        if (! isset(self::CARBON_CLASSES[$date::class])) {
            return null;
        }
        [$year, $seconds, $microseconds] = explode(' ', $date->rawFormat('Y U u'));
        if ((int) $year < 1 || (int) $year > 9999) {
            return null;
        }

        return gmdate('Y-m-d\TH:i:s', (int) $seconds).'.'.$microseconds.'Z';
    }
}
