<?php

declare(strict_types=1);

namespace Oxide\Eloquent;

/**
 * What a native Eloquent path answers when Laravel's own code must: no
 * attribute value can be this case, so the caller tells it apart by identity.
 */
enum HandBack
{
    case Laravel;
}
