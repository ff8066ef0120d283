<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Contracts\View\View;
use Illuminate\Support\Str;

class PageController extends Controller
{
    public function __invoke(Post $post): View
    {
        $post->load(['author', 'tags', 'comments' => fn ($query) => $query->where('approved', true)->with('user')]);

        return view('page', [
            'post' => $post,
            'html' => Str::markdown($post->body),
        ]);
    }
}
