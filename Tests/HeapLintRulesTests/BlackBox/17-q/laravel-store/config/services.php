<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],

    // Heap Analytics: one environment per region. The EU id is only used by the
    // admin dashboard while the EU migration is running.
    'heap' => [
        'app_id' => env('HEAP_APP_ID'),
        'eu_app_id' => env('HEAP_EU_APP_ID'),
    ],

];
