<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Carbon\CarbonImmutable;
use Illuminate\Http\Resources\Json\AnonymousResourceCollection;
use Illuminate\Http\Resources\Json\JsonResource;
use Illuminate\Http\Resources\MergeValue;
use Illuminate\Http\Resources\MissingValue;
use Oxide\Http\ResourceFiltering;
use Oxide\Native;
use Oxide\Tests\Support\RandomText;
use Oxide\Transparent;
use PHPUnit\Framework\TestCase;
use Random\Engine\Mt19937;
use Random\Randomizer;

/**
 * An API resource's filter(): wherever the extension says the data comes back as it is,
 * Laravel's filter() (the code that runs in this leg; in the transparent leg, the
 * prologue's) returns it identical, keys and order included. Random nested data with every
 * case filter() handles: merged values under numeric and string keys, missing values,
 * resources of null, of a missing value and of data, collections, numeric-string keys, lists
 * and arrays that are not.
 */
final class ResourceFilterParityTest extends TestCase
{
    public function test_random_data(): void
    {
        $seed = RandomText::seed();
        $random = new Randomizer(new Mt19937($seed));
        $native = 0;
        $probe = new FilterProbe(null);
        for ($i = 0; $i < 20_000; $i++) {
            $data = $this->randomArray($random, 0);
            $unchanged = Native\resource_data_unchanged($data, JsonResource::class);
            $filtered = $probe->run($data);
            if ($unchanged) {
                $native++;
                $this->assertSame($data, $filtered, "seed {$seed}, data {$i}: ".var_export($data, true));
            }
        }
        $this->assertGreaterThan(4_000, $native, "seed {$seed}: data answered natively");
        $this->assertLessThan(19_000, $native, "seed {$seed}: data handed back");
    }

    public function test_cases(): void
    {
        $resource = new JsonResource(['a' => 1]);
        foreach ([
            [['a' => 1, 'b' => [1, 2]], true],
            [[], true],
            [[1 => 'x'], false],
            [['a' => 1, ' 2' => 'y'], true],
            [[' 2' => 'y'], false],
            [['a' => new MissingValue], false],
            [['a' => new JsonResource(null)], false],
            [['a' => new JsonResource(new MissingValue)], false],
            [['a' => $resource, 'b' => CarbonImmutable::now(), 'c' => new \stdClass], true],
            [[new MergeValue(['x' => 1])], false],
            [['m' => new MergeValue(['x' => 1])], false],
            [['a' => ['b' => [3 => 1]]], false],
        ] as $index => [$data, $unchanged]) {
            $this->assertSame($unchanged, Native\resource_data_unchanged($data, JsonResource::class), "case {$index}");
        }
        if (getenv('OXIDE_TRANSPARENT') === 'on') {
            $this->assertSame(['filter'], Transparent::report()['classes'][ResourceFiltering::TRAIT]['native']);
        }
    }

    /** @return array<array-key, mixed> */
    private function randomArray(Randomizer $random, int $depth): array
    {
        $data = [];
        $list = $random->getInt(0, 2) === 0;
        for ($n = $random->getInt(0, 5); $n > 0; $n--) {
            $value = $this->randomValue($random, $depth);
            if ($list) {
                $data[] = $value;
            } else {
                $data[match ($random->getInt(0, 9)) {
                    0 => $random->getInt(0, 9),
                    1 => ' '.$random->getInt(0, 9),
                    2 => '1.5',
                    default => ['id', 'name', 'tags', 'meta', 'author', 'at'][$random->getInt(0, 5)],
                }] = $value;
            }
        }

        return $data;
    }

    private function randomValue(Randomizer $random, int $depth): mixed
    {
        return match ($random->getInt(0, 15)) {
            0, 1 => $depth < 3 ? $this->randomArray($random, $depth + 1) : [],
            2 => new MissingValue,
            3 => new MergeValue($depth < 3 ? $this->randomArray($random, $depth + 1) : ['x' => 1]),
            4 => new JsonResource(null),
            5 => new JsonResource(new MissingValue),
            6 => new JsonResource(['id' => 1]),
            7 => new AnonymousResourceCollection(collect([['id' => 1]]), JsonResource::class),
            8 => CarbonImmutable::create(2024, 1, 2),
            9 => new \stdClass,
            10 => null,
            11 => 1.5,
            12 => true,
            default => 'text',
        };
    }
}

/** A resource whose filter() the test can call. */
final class FilterProbe extends JsonResource
{
    public function run(array $data): array
    {
        return $this->filter($data);
    }
}
