namespace AnimLib.Display;

/// <summary>
/// Recycles the float arrays of display items (projected points, widths, dot and corner colours) from one frame to the
/// next. A scene in steady state projects the same mobjects every frame, so the same array lengths come back: arrays are
/// kept per exact length, because an item's array length is its point count.
/// </summary>
/// <remarks>
/// Thread-safe: the scene thread rents while rasterizing threads return. Arrays that are never returned (a snapshot kept
/// by a caller) are simply collected; the pool keeps at most <see cref="MaxRetainedFloats"/> floats so that a scene that
/// shrinks does not pin its old arrays.
/// </remarks>
internal sealed class DisplayArrayPool
{
    /// <summary>The pool the scene's frame snapshots draw from.</summary>
    public static DisplayArrayPool Shared { get; } = new();

    private readonly Dictionary<int, Stack<float[]>> _free = [];
    private readonly object _lock = new();
    private long _retainedFloats;

    /// <summary>Most floats held for reuse (default 16 M, 64 MiB).</summary>
    public long MaxRetainedFloats { get; init; } = 16L * 1024 * 1024;

    /// <summary>Arrays handed out so far.</summary>
    public long Rented { get; private set; }

    /// <summary>Rents that had to allocate a new array (no free array of that length).</summary>
    public long Allocated { get; private set; }

    /// <summary>An array of exactly <paramref name="length"/> floats with unspecified contents.</summary>
    public float[] Rent(int length)
    {
        if (length == 0) return [];
        lock (_lock)
        {
            Rented++;
            if (_free.TryGetValue(length, out var stack) && stack.Count > 0)
            {
                _retainedFloats -= length;
                return stack.Pop();
            }
            Allocated++;
        }
        return new float[length];
    }

    /// <summary>Takes back an array that nothing reads any more.</summary>
    public void Return(float[]? array)
    {
        if (array is null || array.Length == 0) return;
        lock (_lock)
        {
            if (_retainedFloats + array.Length > MaxRetainedFloats) return;
            if (!_free.TryGetValue(array.Length, out var stack)) _free[array.Length] = stack = new Stack<float[]>();
            stack.Push(array);
            _retainedFloats += array.Length;
        }
    }
}
