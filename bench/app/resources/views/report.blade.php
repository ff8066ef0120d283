<x-layout title="Orders report">
    <x-card heading="Summary">
        <p>{{ number_format($count) }} orders, first references: {{ $references }}</p>
        <ul>
            @foreach ($byStatus as $status => $total)
                <li>{{ Str::headline($status) }}: {{ $total }}</li>
            @endforeach
        </ul>
    </x-card>
    <x-card heading="By month">
        <table>
            <tr><th>Month</th><th>Orders</th><th>Paid revenue</th><th>Items</th></tr>
            @foreach ($byMonth as $row)
                <tr><td>{{ $row['month'] }}</td><td>{{ $row['orders'] }}</td><td>{{ $row['revenue'] }}</td><td>{{ $row['items'] }}</td></tr>
            @endforeach
        </table>
    </x-card>
    <x-card heading="Top countries">
        <ol>
            @foreach ($topCountries as $country => $total)
                <li>{{ $country }}: {{ $total }}</li>
            @endforeach
        </ol>
    </x-card>
    <x-card heading="Largest orders">
        <table>
            @foreach ($largest as $order)
                <tr><td>{{ $order->reference }}</td><td>{{ $order->status->name }}</td><td>{{ $order->total }}</td>
                    <td>{{ $order->placed_at->toDateString() }}</td><td>{{ $order->paid ? 'paid' : 'unpaid' }}</td></tr>
            @endforeach
        </table>
    </x-card>
</x-layout>
