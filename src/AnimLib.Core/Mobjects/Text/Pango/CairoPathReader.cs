using System.Numerics;
using System.Runtime.InteropServices;

namespace AnimLib.Typesetting;

/// <summary>Converts a cairo path (move/line/curve/close elements) into AnimLib's cubic Bezier point layout.</summary>
internal static class CairoPathReader
{
    private const int MoveTo = 0, LineTo = 1, CurveTo = 2, ClosePath = 3;

    /// <summary>
    /// Reads the path owned by <paramref name="pathPtr"/> and returns its subpaths, each a list of cubic curves (4 points per
    /// curve), in cairo's device coordinates (y down).
    /// </summary>
    internal static unsafe List<List<Vector3>> Read(nint pathPtr)
    {
        var path = Marshal.PtrToStructure<AnimLib.Rendering.Cairo.CairoNative.CairoPath>(pathPtr);
        var subpaths = new List<List<Vector3>>();
        List<Vector3>? current = null;
        Vector3 start = default, last = default;
        var data = (double*)path.Data;
        int i = 0;
        while (i < path.NumData)
        {
            // Each element is 16 bytes: a header {int type, int length} followed by (length − 1) points {double x, y}.
            int* header = (int*)(data + i * 2);
            int type = header[0], length = header[1];
            Vector3 P(int k) => new((float)data[(i + k) * 2], (float)data[(i + k) * 2 + 1], 0);
            switch (type)
            {
                case MoveTo:
                    current = [];
                    subpaths.Add(current);
                    start = last = P(1);
                    break;
                case LineTo:
                {
                    var p = P(1);
                    AddCurve(ref current, subpaths, last, Vector3.Lerp(last, p, 1f / 3), Vector3.Lerp(last, p, 2f / 3), p);
                    last = p;
                    break;
                }
                case CurveTo:
                {
                    var (a, b, c) = (P(1), P(2), P(3));
                    AddCurve(ref current, subpaths, last, a, b, c);
                    last = c;
                    break;
                }
                case ClosePath:
                    if (current is { Count: > 0 } && Vector3.DistanceSquared(last, start) > 1e-12f)
                        AddCurve(ref current, subpaths, last, Vector3.Lerp(last, start, 1f / 3), Vector3.Lerp(last, start, 2f / 3), start);
                    last = start;
                    break;
            }
            i += length;
        }
        subpaths.RemoveAll(s => s.Count == 0);
        return subpaths;
    }

    private static void AddCurve(ref List<Vector3>? current, List<List<Vector3>> all, Vector3 a, Vector3 b, Vector3 c, Vector3 d)
    {
        if (current is null)
        {
            current = [];
            all.Add(current);
        }
        current.Add(a);
        current.Add(b);
        current.Add(c);
        current.Add(d);
    }
}
