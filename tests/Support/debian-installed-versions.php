<?php

declare(strict_types=1);

/*
 * Debian's PHP libraries carry no Composer metadata. Oxide gates some native paths on a
 * library's release as Composer records it (Oxide\CommonMarkRelease), so the sandbox records
 * Debian's releases the way `composer install` would: from dpkg's database.
 */

use Composer\InstalledVersions;

(static function (): void {
    $status = @file_get_contents('/var/lib/dpkg/status');
    if ($status === false || ! is_file('/usr/share/php/Composer/InstalledVersions.php')) {
        return;
    }
    require_once '/usr/share/php/Composer/InstalledVersions.php';
    $packages = ['league/commonmark' => 'php-league-commonmark'];
    $versions = [];
    foreach ($packages as $composerName => $debianName) {
        $pattern = '/^Package: '.preg_quote($debianName, '/').'\n(?:[^\n]+\n)*?Version: (?:\d+:)?([0-9.]+)/m';
        if (preg_match($pattern, $status, $match) === 1) {
            $versions[$composerName] = [
                'pretty_version' => $match[1],
                'version' => $match[1].'.0',
                'reference' => null,
                'type' => 'library',
                'aliases' => [],
                'dev_requirement' => false,
            ];
        }
    }
    InstalledVersions::reload([
        'root' => [
            'name' => 'oxide/laravel', 'pretty_version' => 'dev-main', 'version' => 'dev-main',
            'reference' => null, 'type' => 'library', 'install_path' => dirname(__DIR__, 2),
            'aliases' => [], 'dev' => true,
        ],
        'versions' => $versions,
    ]);
})();
