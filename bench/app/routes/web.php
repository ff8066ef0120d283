<?php

use App\Http\Controllers\PageController;
use App\Http\Controllers\RegistrationController;
use App\Http\Controllers\ReportController;
use Illuminate\Support\Facades\Route;

Route::get('/ping', fn () => 'pong');
Route::get('/report', ReportController::class);
Route::get('/pages/{post:slug}', PageController::class);
Route::post('/register', RegistrationController::class);
