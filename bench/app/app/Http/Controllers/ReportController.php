<?php

namespace App\Http\Controllers;

use App\Enums\OrderStatus;
use App\Models\Order;
use Illuminate\Contracts\View\View;

class ReportController extends Controller
{
    public function __invoke(): View
    {
        $orders = Order::query()->orderBy('id')->get();

        $byMonth = $orders
            ->groupBy(fn (Order $order) => $order->month)
            ->map(fn ($orders, $month) => [
                'month' => $month,
                'orders' => $orders->count(),
                'revenue' => number_format($orders->where('paid', true)->sum(fn (Order $order) => (float) $order->total), 2),
                'items' => $orders->sum('quantity'),
            ])
            ->sortKeys()
            ->values();

        $byStatus = collect(OrderStatus::cases())
            ->keyBy(fn (OrderStatus $status) => $status->value)
            ->map(fn (OrderStatus $status) => $orders->filter(fn (Order $order) => $order->status === $status)->count());

        $topCountries = $orders
            ->groupBy('country')
            ->map(fn ($orders) => $orders->sum(fn (Order $order) => (float) $order->total))
            ->sortDesc()
            ->take(5)
            ->map(fn (float $total) => number_format($total, 2));

        $largest = $orders->sortByDesc(fn (Order $order) => (float) $order->total)->take(10)->values();

        return view('report', [
            'count' => $orders->count(),
            'references' => $orders->pluck('reference')->take(5)->implode(', '),
            'byMonth' => $byMonth,
            'byStatus' => $byStatus,
            'topCountries' => $topCountries,
            'largest' => $largest,
        ]);
    }
}
