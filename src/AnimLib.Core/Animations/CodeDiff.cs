namespace AnimLib.Animations;

/// <summary>
/// The token diff behind <see cref="TransformCode"/>: Myers' shortest edit script over the token texts of two
/// versions, after the common head and tail are set aside. Two versions that differ in more than
/// <see cref="MaxEdits"/> tokens (between head and tail) are treated as wholly replaced there, which bounds the
/// memory the trace takes (it grows with the square of the edit count).
/// </summary>
internal static class CodeDiff
{
    /// <summary>Edits past which the middle is taken as replaced rather than diffed.</summary>
    internal const int MaxEdits = 2000;

    /// <summary>The outcome: pairs of kept tokens (old index, new index), removed old indices, inserted new indices, each ascending.</summary>
    internal sealed record Result(IReadOnlyList<(int From, int To)> Kept, IReadOnlyList<int> Removed, IReadOnlyList<int> Inserted);

    /// <summary>Diffs <paramref name="before"/> against <paramref name="after"/> (compared by ordinal string equality).</summary>
    internal static Result Compute(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var kept = new List<(int, int)>();
        var removed = new List<int>();
        var inserted = new List<int>();
        int head = 0;
        while (head < before.Count && head < after.Count && before[head] == after[head]) kept.Add((head, head++));
        int tail = 0;
        while (tail < before.Count - head && tail < after.Count - head && before[^(tail + 1)] == after[^(tail + 1)]) tail++;
        int n = before.Count - head - tail, m = after.Count - head - tail;
        var middle = Myers(i => before[head + i], n, j => after[head + j], m);
        if (middle is null)
        {
            removed.AddRange(Enumerable.Range(head, n));
            inserted.AddRange(Enumerable.Range(head, m));
        }
        else
        {
            foreach (var (kind, i, j) in middle)
            {
                if (kind == 0) kept.Add((head + i, head + j));
                else if (kind < 0) removed.Add(head + i);
                else inserted.Add(head + j);
            }
        }
        for (int t = tail; t > 0; t--) kept.Add((before.Count - t, after.Count - t));
        return new Result(kept, removed, inserted);
    }

    // The edit script in order: (0, i, j) keeps a[i] as b[j], (-1, i, _) removes a[i], (+1, _, j) inserts b[j]. Null when
    // the script would need more than MaxEdits edits.
    private static List<(int Kind, int I, int J)>? Myers(Func<int, string> a, int n, Func<int, string> b, int m)
    {
        int max = n + m;
        if (max == 0) return [];
        int limit = Math.Min(max, MaxEdits);
        var v = new int[2 * max + 3];
        int offset = max + 1;
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= limit && found < 0; d++)
        {
            // V as it stood before step d, for k in [-d, d]: what the walk back needs.
            var snapshot = new int[2 * d + 1];
            Array.Copy(v, offset - d, snapshot, 0, snapshot.Length);
            trace.Add(snapshot);
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a(x) == b(y)) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) { found = d; break; }
            }
        }
        if (found < 0) return null;

        var script = new List<(int, int, int)>();
        int cx = n, cy = m;
        for (int d = found; d > 0; d--)
        {
            var prev = trace[d];
            int At(int k) => prev[k + d];
            int k0 = cx - cy;
            int prevK = k0 == -d || (k0 != d && At(k0 - 1) < At(k0 + 1)) ? k0 + 1 : k0 - 1;
            int prevX = At(prevK), prevY = prevX - prevK;
            while (cx > prevX && cy > prevY) script.Add((0, --cx, --cy));
            if (cx == prevX) script.Add((1, cx, --cy));
            else script.Add((-1, --cx, cy));
        }
        while (cx > 0 && cy > 0) script.Add((0, --cx, --cy));
        script.Reverse();
        return script;
    }
}
