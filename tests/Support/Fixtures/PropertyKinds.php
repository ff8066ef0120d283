<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use AllowDynamicProperties;

/**
 * Every kind of property data_get()/data_has() may meet on a plain object:
 * public, null, typed and never initialised, unset, static, readonly,
 * protected, private (own and inherited), a PHP reference, nested arrays,
 * and dynamic ones, numeric names included.
 */
#[AllowDynamicProperties]
final class PropertyKinds extends PropertyKindsBase
{
    public static string $staticPublic = 'static';

    public string $public = 'public';

    public mixed $nullable = null;

    public ?array $uninitialized;

    public int $typed = 7;

    public string $unsetLater = 'unset in the constructor';

    public readonly array $readonly;

    public mixed $reference;

    public array $nested = ['deep' => ['value' => 1], 0 => 'zero', 'list' => [['id' => 1], ['id' => 2]]];

    public array $rows = [['id' => 1, 'user' => ['name' => 'Ann']], ['id' => 2, 'user' => null]];

    protected string $protected = 'protected';

    private string $private = 'private';

    public function __construct()
    {
        unset($this->unsetLater);
        $this->readonly = ['r' => 'readonly'];
        $shared = ['via' => 'reference'];
        $this->reference = &$shared;
        $this->{'7'} = 'dynamic numeric';
        $this->dynamic = ['d' => 'dynamic'];
        $this->dynamicNull = null;
        $this->{''} = 'empty name';
    }
}
