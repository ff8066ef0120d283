<?php

use App\Http\Controllers\ImportController;
use App\Http\Controllers\PostController;
use Illuminate\Support\Facades\Route;

Route::get('/posts', [PostController::class, 'index']);
Route::post('/orders/import', ImportController::class);
