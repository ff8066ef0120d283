<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Carbon\Carbon;
use Carbon\CarbonImmutable;
use Carbon\CarbonInterface;
use Illuminate\Support\Carbon as LaravelCarbon;
use Oxide\Carbon\IsoStrings;
use Oxide\Tests\Support\RandomText;
use Oxide\Transparent;
use PHPUnit\Framework\TestCase;
use Random\Engine\Mt19937;
use Random\Randomizer;

/**
 * Carbon's toISOString() in UTC (what toJSON() and every date in a JSON response write)
 * against Carbon's own code for it, on dates of every year from 1 to 9999 and around,
 * microseconds, before 1970, in zones with odd offsets, DST and abbreviations, for the
 * three Carbon classes Oxide answers for and a subclass it leaves alone.
 */
final class CarbonIsoStringParityTest extends TestCase
{
    private const ZONES = [
        'UTC', 'Europe/Paris', 'America/New_York', 'America/St_Johns', 'Asia/Kathmandu', 'Asia/Tokyo',
        'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', '+05:45', '-03:30', '+14:00', 'EST', 'CEST',
    ];

    private const CLASSES = [Carbon::class, CarbonImmutable::class, LaravelCarbon::class];

    public function test_random_dates(): void
    {
        $seed = RandomText::seed();
        $random = new Randomizer(new Mt19937($seed));
        $native = 0;
        for ($i = 0; $i < 20_000; $i++) {
            $date = $this->randomDate($random);
            $expected = self::carbonsOwn($date);
            $answer = IsoStrings::utc($date);
            if ($answer !== null) {
                $native++;
                $this->assertSame($expected, $answer, "seed {$seed}: ".$date::class.' '.$date->rawFormat('Y-m-d H:i:s.u e'));
            }
            $this->assertSame($expected, $date->toISOString(), "seed {$seed}");
            $this->assertSame($expected, $date->toJSON(), "seed {$seed}");
        }
        $this->assertGreaterThan(18_000, $native, 'dates answered natively');
    }

    public function test_edges(): void
    {
        $edges = [
            [1, 1, 1, 0, 0, 0, 0], [1, 1, 1, 23, 59, 59, 999_999], [1969, 12, 31, 23, 59, 59, 500_000], [1970, 1, 1, 0, 0, 0, 0],
            [2024, 2, 29, 12, 0, 0, 1], [2024, 3, 31, 2, 30, 0, 0], [2024, 10, 27, 2, 30, 0, 0], [2038, 1, 19, 3, 14, 8, 0],
            [9999, 12, 31, 23, 59, 59, 999_999], [0, 6, 15, 0, 0, 0, 0], [-44, 3, 15, 12, 0, 0, 0], [10000, 1, 1, 0, 0, 0, 0],
        ];
        foreach (self::CLASSES as $class) {
            foreach (self::ZONES as $zone) {
                foreach ($edges as [$year, $month, $day, $hour, $minute, $second, $micro]) {
                    $date = $class::create($year, $month, $day, $hour, $minute, $second, $zone)->setMicrosecond($micro);
                    $label = "{$class} {$date->rawFormat('Y-m-d H:i:s.u')} {$zone}";
                    $this->assertSame(self::carbonsOwn($date), $date->toISOString(), $label);
                    $answer = IsoStrings::utc($date);
                    $this->assertTrue($answer === null || $answer === self::carbonsOwn($date), $label);
                }
            }
        }
        // Year 0 is invalid to Carbon; years beyond four digits are padded to six.
        $this->assertNull(IsoStrings::utc(Carbon::create(0, 6, 15, 0, 0, 0, 'UTC')));
        $this->assertNull(IsoStrings::utc(Carbon::create(10000, 1, 1, 0, 0, 0, 'UTC')));
        // toISOString(true) keeps the offset: Carbon's code.
        $this->assertSame('2024-01-02T03:04:05.000000+05:45', Carbon::parse('2024-01-02 03:04:05', '+05:45')->toISOString(true));
        if (getenv('OXIDE_TRANSPARENT') === 'on') {
            $this->assertSame(['toISOString'], Transparent::report()['classes'][IsoStrings::TRAIT]['native']);
        }
    }

    /** A subclass may format dates its own way: Carbon's code, always. */
    public function test_subclasses_are_carbons(): void
    {
        $date = new class('2024-01-02 03:04:05.678', 'Europe/Paris') extends Carbon
        {
            public function isoFormat(string $format, ?string $originalFormat = null): string
            {
                return 'own: '.parent::isoFormat($format, $originalFormat);
            }
        };
        $this->assertNull(IsoStrings::utc($date));
        $this->assertSame('own: 2024-01-02T02:04:05.678000Z', $date->toISOString());
    }

    private function randomDate(Randomizer $random): CarbonInterface
    {
        $class = self::CLASSES[$random->getInt(0, 2)];
        $zone = self::ZONES[$random->getInt(0, \count(self::ZONES) - 1)];
        $year = match ($random->getInt(0, 9)) {
            0 => $random->getInt(1, 99),
            1 => $random->getInt(9990, 9999),
            2 => $random->getInt(1965, 1975),
            default => $random->getInt(1, 9999),
        };
        $text = \sprintf('%04d-%02d-%02d %02d:%02d:%02d.%06d', $year, $random->getInt(1, 12), $random->getInt(1, 28),
            $random->getInt(0, 23), $random->getInt(0, 59), $random->getInt(0, 59), $random->getInt(0, 1) === 0 ? 0 : $random->getInt(0, 999_999));

        return $class::createFromFormat('Y-m-d H:i:s.u', $text, $zone);
    }

    /** Carbon's toISOString() body, run as Carbon writes it. */
    private static function carbonsOwn(CarbonInterface $date): ?string
    {
        if (! $date->isValid()) {
            return null;
        }
        $yearFormat = $date->year < 0 || $date->year > 9999 ? 'YYYYYY' : 'YYYY';

        return $date->avoidMutation()->utc()->isoFormat("{$yearFormat}-MM-DD[T]HH:mm:ss.SSSSSS[Z]");
    }
}
