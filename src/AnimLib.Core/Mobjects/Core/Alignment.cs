using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// Makes two mobjects structurally compatible for interpolation (Transform, Become): same family shape,
/// same point counts member by member.
/// </summary>
public static class Alignment
{
    /// <summary>Aligns the families of <paramref name="a"/> and <paramref name="b"/> recursively, then their points.</summary>
    public static void AlignFamilies(Mobject a, Mobject b)
    {
        AlignSubmobjects(a, b);
        a.AlignPointsWith(b);
    }

    private static void AlignSubmobjects(Mobject a, Mobject b)
    {
        int n1 = a.Submobjects.Count, n2 = b.Submobjects.Count;
        if (n1 < n2) AddMoreSubmobjects(a, n2 - n1);
        else if (n2 < n1) AddMoreSubmobjects(b, n1 - n2);
        for (int i = 0; i < a.Submobjects.Count; i++)
            AlignFamilies(a.Submobjects[i], b.Submobjects[i]);
    }

    /// <summary>
    /// Gives <paramref name="m"/> <paramref name="extra"/> more children. A childless mobject gets copies of itself
    /// collapsed to its centre; otherwise existing children are repeated in place, the repeats invisible, so the
    /// extra pieces spread evenly and fade during a transform.
    /// </summary>
    public static void AddMoreSubmobjects(Mobject m, int extra)
    {
        if (extra <= 0) return;
        int current = m.Submobjects.Count;
        if (current == 0)
        {
            var center = m.GetCenter();
            for (int i = 0; i < extra; i++) m.AddCore([m.GetPointMobject(center)]);
            return;
        }
        int target = current + extra;
        var repeats = new int[current];
        for (int j = 0; j < target; j++) repeats[(int)((long)j * current / target)]++;
        var children = new List<Mobject>(target);
        for (int i = 0; i < current; i++)
        {
            var child = m.Submobjects[i];
            children.Add(child);
            for (int r = 1; r < repeats[i]; r++)
            {
                var ghost = child.DeepCopy();
                foreach (var member in ghost.GetFamily()) member.SetOpacityOwn(0);
                children.Add(ghost);
            }
        }
        m.SetSubmobjectsCore(children);
    }

    /// <summary>Stretches a point array to <paramref name="count"/> points by repeating entries evenly (non-vector mobjects).</summary>
    public static Vector3[] ResampleByRepetition(Vector3[] points, int count, Vector3 fallback)
    {
        if (points.Length == count) return points;
        if (points.Length == 0) return Enumerable.Repeat(fallback, count).ToArray();
        var result = new Vector3[count];
        for (int i = 0; i < count; i++) result[i] = points[(int)((long)i * points.Length / count)];
        return result;
    }
}
