<?php

use App\Http\Controllers\BillingController;
use App\Http\Controllers\DemoRequestController;
use App\Http\Controllers\TeamController;
use Illuminate\Support\Facades\Route;

Route::view('/', 'marketing.home')->name('home');
Route::post('/demo-requests', [DemoRequestController::class, 'store']);

Route::middleware(['auth', 'verified'])->group(function () {
    Route::get('/teams/{team}', [TeamController::class, 'show'])->name('teams.show');
    Route::get('/billing', [BillingController::class, 'show'])->name('billing.show');
    Route::get('/billing/portal', [BillingController::class, 'portal'])->name('billing.portal');
});
