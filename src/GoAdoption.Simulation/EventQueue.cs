using System.Runtime.CompilerServices;

namespace GoAdoption.Simulation;

/// <summary>A scheduled arrival (<see cref="Request"/> &lt; 0) or the departure of request <see cref="Request"/>.</summary>
internal readonly record struct SimEvent(double Time, long Sequence, int Request)
{
    public const int Arrival = -1;

    public bool IsArrival => Request < 0;

    // The sequence number breaks ties in scheduling order, so simultaneous events (common with deterministic
    // service) are processed the same way on every run.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Precedes(in SimEvent other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}

/// <summary>Binary min-heap of events ordered by (time, sequence), with a fixed capacity and no allocation after construction.</summary>
internal sealed class EventQueue
{
    private readonly SimEvent[] _items;
    private int _count;

    public EventQueue(int capacity) => _items = new SimEvent[capacity];

    public int Count => _count;

    public ref readonly SimEvent Top => ref _items[0];

    public void Push(in SimEvent item)
    {
        var items = _items;
        var hole = _count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 1;
            if (!item.Precedes(items[parent]))
            {
                break;
            }

            items[hole] = items[parent];
            hole = parent;
        }

        items[hole] = item;
    }

    public void RemoveTop()
    {
        var last = --_count;
        if (last > 0)
        {
            SiftDown(_items[last], last);
        }
    }

    /// <summary>Pops the top and pushes <paramref name="item"/> with one sift instead of two.</summary>
    public void ReplaceTop(in SimEvent item) => SiftDown(item, _count);

    private void SiftDown(in SimEvent item, int count)
    {
        var items = _items;
        var hole = 0;
        while (true)
        {
            var child = 2 * hole + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && items[child + 1].Precedes(items[child]))
            {
                child++;
            }

            if (!items[child].Precedes(item))
            {
                break;
            }

            items[hole] = items[child];
            hole = child;
        }

        items[hole] = item;
    }
}
