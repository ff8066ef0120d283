@props(['title'])
<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>{{ $title }} · {{ config('app.name') }}</title>
</head>
<body class="antialiased">
    <header><a href="{{ url('/') }}">{{ config('app.name') }}</a></header>
    <main>{{ $slot }}</main>
    <footer>&copy; {{ config('app.name') }}</footer>
</body>
</html>
