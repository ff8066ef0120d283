<?php

namespace App\Models;

use App\Enums\OrderStatus;
use Illuminate\Database\Eloquent\Casts\Attribute;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Order extends Model
{
    protected $fillable = ['user_id', 'reference', 'status', 'total', 'quantity', 'paid', 'lines', 'country', 'placed_at'];

    protected function casts(): array
    {
        return [
            'status' => OrderStatus::class,
            'total' => 'decimal:2',
            'quantity' => 'integer',
            'paid' => 'boolean',
            'lines' => 'array',
            'placed_at' => 'datetime',
        ];
    }

    protected function month(): Attribute
    {
        return Attribute::get(fn () => $this->placed_at->format('Y-m'));
    }

    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }
}
