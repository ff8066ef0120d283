@props(['heading' => null])
<section {{ $attributes->merge(['class' => 'card']) }}>
    @if ($heading)
        <h2>{{ $heading }}</h2>
    @endif
    {{ $slot }}
</section>
