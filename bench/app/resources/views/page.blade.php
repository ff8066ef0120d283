<x-layout :title="$post->title">
    <article>
        <p class="byline">By {{ $post->author->display_name }} on {{ $post->published_at->toFormattedDateString() }}
            · {{ $post->meta['reading_time'] }} min read · rated {{ $post->rating }}</p>
        <div class="tags">
            @foreach ($post->tags as $tag)
                <x-tag :tag="$tag" />
            @endforeach
        </div>
        <div class="body">{!! $html !!}</div>
    </article>
    <x-card heading="Comments ({{ $post->comments->count() }})" id="comments">
        @forelse ($post->comments as $comment)
            <div class="comment">
                <strong>{{ $comment->user->name }}</strong>
                <time>{{ $comment->created_at->diffForHumans($post->published_at) }}</time>
                <p>{{ Str::limit($comment->body, 120) }}</p>
            </div>
        @empty
            <p>No comments yet.</p>
        @endforelse
        <form method="POST" action="{{ url('/comments') }}">
            @csrf
            <textarea name="body"></textarea>
            <button type="submit">Comment</button>
        </form>
    </x-card>
</x-layout>
