<?php

namespace App\Jobs;

use App\Models\User;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Http;

class SyncHeapUserProperties implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(public User $user)
    {
    }

    public function handle(): void
    {
        Http::asJson()->post('https://heapanalytics.com/api/add_user_properties', [
            'app_id' => config('services.heap.app_id'),
            'identity' => (string) $this->user->getKey(),
            'properties' => [
                'plan' => $this->user->currentTeam?->plan,
                'locations' => $this->user->currentTeam?->locations_count,
            ],
        ])->throw();
    }
}
