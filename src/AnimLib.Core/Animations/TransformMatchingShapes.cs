using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Morphs one mobject into another by pairing pieces (leaf submobjects) of identical shape, whatever their position or
/// size; the remaining pieces fade out toward the target's centre or in from the source's centre.
/// </summary>
public class TransformMatchingShapes : TransformMatchingParts
{
    /// <summary>Creates the animation.</summary>
    public TransformMatchingShapes(Mobject source, Mobject target, double pathArc = 0, double runTime = 2, double lagRatio = 0)
        : base(source, target, Plan(source, target), pathArc, runTime, lagRatio)
    {
    }

    private static MatchPlan Plan(Mobject source, Mobject target)
    {
        var src = Pieces(source);
        var tgt = Pieces(target);
        var usedT = new bool[tgt.Count];
        var pairs = new List<(List<VMobject>, List<VMobject>)>();
        var leftS = new List<VMobject>();
        foreach (var s in src)
        {
            int t = Enumerable.Range(0, tgt.Count).FirstOrDefault(k => !usedT[k] && SameShape(s, tgt[k]), -1);
            if (t < 0)
            {
                leftS.Add(s);
                continue;
            }
            usedT[t] = true;
            pairs.Add(([s], [tgt[t]]));
        }
        return new MatchPlan(pairs, leftS, tgt.Where((_, k) => !usedT[k]).ToList());
    }

    private static List<VMobject> Pieces(Mobject m) =>
        m.GetFamily().OfType<VMobject>().Where(v => v.HasPoints).ToList();
}
