<?php

namespace Database\Seeders;

use App\Enums\OrderStatus;
use App\Enums\PostStatus;
use Illuminate\Database\Seeder;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Str;

/**
 * The same rows on every run (a fixed seed, fixed dates), so that responses
 * can be compared byte for byte across modes.
 */
class DatabaseSeeder extends Seeder
{
    private const WORDS = ['laravel', 'rust', 'native', 'speed', 'eloquent', 'blade', 'queue', 'cache', 'route', 'model',
        'request', 'response', 'schema', 'index', 'vector', 'string', 'array', 'worker', 'deploy', 'metric'];

    public function run(): void
    {
        mt_srand(20261205);
        $epoch = Carbon::create(2026, 1, 1, 9, 0, 0, 'UTC');
        $body = file_get_contents(resource_path('markdown/article.md'));

        DB::table('users')->insert(array_map(fn (int $i) => [
            'name' => ucwords($this->words(2)),
            'email' => "user{$i}@example.com",
            'email_verified_at' => $i % 3 ? $epoch->copy()->addDays($i) : null,
            'password' => '$2y$12$'.str_repeat('x', 53),
            'is_admin' => $i % 10 === 0,
            'settings' => json_encode(['theme' => $i % 2 ? 'dark' : 'light', 'digest' => $i % 4 === 0]),
            'created_at' => $epoch, 'updated_at' => $epoch,
        ], range(1, 100)));

        DB::table('tags')->insert(array_map(fn (string $word) => ['name' => ucfirst($word), 'slug' => $word], self::WORDS));

        $posts = [];
        foreach (range(1, 200) as $i) {
            $title = ucfirst($this->words(mt_rand(4, 8)));
            $posts[] = [
                'author_id' => mt_rand(1, 100),
                'title' => $title,
                'slug' => Str::slug($title).'-'.$i,
                'summary' => ucfirst($this->words(mt_rand(12, 30))).'.',
                'body' => "# {$title}\n\n".$body,
                'status' => [PostStatus::Published, PostStatus::Published, PostStatus::Draft, PostStatus::Archived][$i % 4]->value,
                'featured' => $i % 7 === 0,
                'rating' => mt_rand(10, 50) / 10,
                'meta' => json_encode(['reading_time' => mt_rand(2, 12), 'lang' => 'en', 'keywords' => explode(' ', $this->words(3))]),
                'published_at' => $epoch->copy()->addHours($i * 7),
                'created_at' => $epoch, 'updated_at' => $epoch,
            ];
        }
        DB::table('posts')->insert($posts);

        $links = [];
        foreach (range(1, 200) as $post) {
            foreach (array_unique([mt_rand(1, 20), mt_rand(1, 20), mt_rand(1, 20)]) as $tag) {
                $links[] = ['post_id' => $post, 'tag_id' => $tag];
            }
        }
        DB::table('post_tag')->insert($links);

        foreach (array_chunk(range(1, 1000), 200) as $chunk) {
            DB::table('comments')->insert(array_map(fn (int $i) => [
                'post_id' => mt_rand(1, 200), 'user_id' => mt_rand(1, 100), 'body' => ucfirst($this->words(15)).'.',
                'approved' => $i % 5 !== 0, 'created_at' => $epoch->copy()->addMinutes($i * 13), 'updated_at' => $epoch,
            ], $chunk));
        }

        $statuses = OrderStatus::cases();
        foreach (array_chunk(range(1, 5000), 250) as $chunk) {
            DB::table('orders')->insert(array_map(fn (int $i) => [
                'user_id' => mt_rand(1, 100),
                'reference' => sprintf('ORD-%06d', $i),
                'status' => $statuses[mt_rand(0, 3)]->value,
                'total' => mt_rand(500, 250000) / 100,
                'quantity' => mt_rand(1, 12),
                'paid' => mt_rand(0, 3) > 0,
                'lines' => json_encode([['sku' => 'SKU-'.mt_rand(100, 999), 'qty' => mt_rand(1, 4)], ['sku' => 'SKU-'.mt_rand(100, 999), 'qty' => 1]]),
                'country' => ['US', 'FR', 'DE', 'GB', 'JP', 'BR'][mt_rand(0, 5)],
                'placed_at' => $epoch->copy()->addMinutes($i * 97),
                'created_at' => $epoch, 'updated_at' => $epoch,
            ], $chunk));
        }
    }

    private function words(int $count): string
    {
        return implode(' ', array_map(fn () => self::WORDS[mt_rand(0, count(self::WORDS) - 1)], range(1, $count)));
    }
}
