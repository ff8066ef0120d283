<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/**
 * A Validator's own `email` rule, for a subclass of Laravel's Validator and
 * of Oxide's alike: the fourth user's address fails.
 */
trait OverridesEmailRule
{
    public function validateEmail($attribute, $value, $parameters)
    {
        return ! str_starts_with($attribute, 'users.3.');
    }
}
