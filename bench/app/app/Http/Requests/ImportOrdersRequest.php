<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class ImportOrdersRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'orders' => 'required|array|max:1000',
            'orders.*.reference' => 'required|string|max:32',
            'orders.*.email' => 'required|email|max:255',
            'orders.*.quantity' => 'required|integer|min:1|max:1000',
            'orders.*.price' => 'required|numeric|min:0',
            'orders.*.status' => 'required|in:pending,paid,shipped',
            'orders.*.tags' => 'nullable|array',
            'orders.*.tags.*' => 'string|max:20',
        ];
    }
}
