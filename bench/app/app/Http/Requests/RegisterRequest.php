<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class RegisterRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'name' => 'required|string|max:255',
            'email' => 'required|email|max:255',
            'password' => 'required|string|min:8|confirmed',
            'age' => 'nullable|integer|min:18|max:130',
            'country' => 'required|in:us,fr,de,gb',
            'phone' => 'nullable|string|max:20',
            'role' => 'required|in:admin,editor,viewer',
            'newsletter' => 'boolean',
            'terms' => 'accepted',
            'bio' => 'nullable|string|max:1000',
        ];
    }
}
