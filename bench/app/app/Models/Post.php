<?php

namespace App\Models;

use App\Enums\PostStatus;
use Illuminate\Database\Eloquent\Casts\Attribute;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\BelongsToMany;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Support\Str;

class Post extends Model
{
    protected $fillable = ['author_id', 'title', 'slug', 'summary', 'body', 'status', 'featured', 'rating', 'meta', 'published_at'];

    protected $hidden = ['body'];

    protected function casts(): array
    {
        return [
            'status' => PostStatus::class,
            'featured' => 'boolean',
            'rating' => 'decimal:1',
            'meta' => 'array',
            'published_at' => 'datetime',
        ];
    }

    protected function excerpt(): Attribute
    {
        return Attribute::get(fn () => Str::limit($this->summary, 80));
    }

    public function author(): BelongsTo
    {
        return $this->belongsTo(User::class, 'author_id');
    }

    public function tags(): BelongsToMany
    {
        return $this->belongsToMany(Tag::class);
    }

    public function comments(): HasMany
    {
        return $this->hasMany(Comment::class);
    }
}
