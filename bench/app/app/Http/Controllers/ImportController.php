<?php

namespace App\Http\Controllers;

use App\Http\Requests\ImportOrdersRequest;
use Illuminate\Http\JsonResponse;

class ImportController extends Controller
{
    public function __invoke(ImportOrdersRequest $request): JsonResponse
    {
        $orders = collect($request->validated('orders'));

        return response()->json([
            'imported' => $orders->count(),
            'quantity' => $orders->sum('quantity'),
            'total' => round($orders->sum(fn (array $order) => $order['quantity'] * $order['price']), 2),
            'by_status' => $orders->countBy('status')->sortKeys(),
        ]);
    }
}
