@props(['tag'])
<a href="{{ url('/tags/'.$tag->slug) }}" class="tag">#{{ Str::lower($tag->name) }}</a>
