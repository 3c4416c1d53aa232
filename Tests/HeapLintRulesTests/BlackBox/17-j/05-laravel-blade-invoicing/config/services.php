<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'heap' => [
        'app_id' => env('HEAP_APP_ID'),
    ],
];
