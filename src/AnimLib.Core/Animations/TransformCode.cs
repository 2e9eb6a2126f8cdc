using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Animates a <see cref="Code"/> into another version of itself, changing only what changed: a token diff
/// (<see cref="CodeDiff"/>, Myers over the token texts) pairs the tokens both versions share; those move (and recolour)
/// to their new places over the whole run, removed tokens fade out over the first 60 %, inserted tokens fade in over the
/// last 60 %, line numbers follow their lines and the panel resizes. Like <see cref="Transform"/>, the source stays
/// on screen and ends as a copy of the target (its text, settings and place); the target itself is not added.
/// <c>code.Animate().SetSource(newSource)</c> builds one of these. 1.5 s by default.
/// </summary>
public class TransformCode : CodeAnimation
{
    // Fractions of the run: removed pieces leave first, inserted ones arrive last, kept ones travel throughout. The two
    // fades overlap in the middle so that a replaced word is never simply missing for a moment.
    private const double RemoveEnd = 0.6;
    private const double InsertStart = 0.4;

    private readonly Code _target;
    private readonly List<Track> _tracks = [];
    private readonly List<(Transform Animation, double From, double To)> _morphs = [];
    private Code? _end;

    /// <summary>Creates the animation.</summary>
    /// <param name="source">The code on screen; it becomes the target's text.</param>
    /// <param name="target">The version to reach, placed where it should end (a new <see cref="Code"/>, or an <c>Animate()</c> target).</param>
    public TransformCode(Code source, Code target) : base(source)
    {
        _target = target ?? throw new ArgumentNullException(nameof(target));
        RunTime = 1.5;
    }

    // One piece that interpolates from Start to End over [From, To] of the run.
    private sealed record Track(VMobject Live, VMobject Start, VMobject End, double From, double To);

    /// <inheritdoc/>
    public override void Begin()
    {
        _tracks.Clear();
        _morphs.Clear();
        var code = Code;
        _end = (Code)_target.DeepCopy();
        var diff = CodeDiff.Compute(code.Tokens.Select(t => t.Text).ToList(), _end.Tokens.Select(t => t.Text).ToList());
        var incoming = new VGroup();
        var removed = diff.Removed.ToList();
        var inserted = diff.Inserted.ToList();
        foreach (var (from, to) in diff.Kept)
        {
            if (!Pair(code.Token(from), _end.Token(to), 0, 1))
            {
                removed.Add(from);
                inserted.Add(to);
            }
        }
        foreach (var i in removed) FadeOut(code.Token(i));
        foreach (var j in inserted) FadeIn(_end.Token(j), incoming);

        // Line numbers: line k's number becomes line k's number in the new version, or fades.
        int oldLines = code.LineNumbers?.Count ?? 0, newLines = _end.LineNumbers?.Count ?? 0;
        for (int k = 0; k < Math.Max(oldLines, newLines); k++)
        {
            if (k < oldLines && k < newLines && Pair(code.LineNumbers![k], _end.LineNumbers![k], 0, 1)) continue;
            if (k < oldLines) FadeOut(code.LineNumbers![k]);
            if (k < newLines) FadeIn(_end.LineNumbers![k], incoming);
        }

        if (code.Background is { } oldPanel && _end.Background is { } newPanel)
        {
            var morph = new Transform(oldPanel, newPanel.DeepCopy()) { RateFunc = RateFunc };
            morph.Begin();
            _morphs.Add((morph, 0, 1));
        }
        else if (code.Background is { } panel) FadeOut(panel);
        else if (_end.Background is { } newOnly)
        {
            var live = (VMobject)newOnly.DeepCopy();
            code.AddPart(live, toBack: true);
            AddTrack(live, newOnly, 0, 1, fadeIn: true);
        }
        if (incoming.Count > 0)
        {
            code.AddPart(incoming);
        }
        base.Begin();
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha)
    {
        foreach (var t in _tracks)
        {
            double a = Window(alpha, t.From, t.To);
            // At a = 1 the end is copied rather than reached by a + (b − a)·1, which can be a rounding off b.
            if (a >= 1) t.Live.InterpolateFrom(t.End, t.End, 1, PathFunctions.Straight);
            else t.Live.InterpolateFrom(t.Start, t.End, a, PathFunctions.Straight);
        }
        // The panel's transform applies the rate function itself, so it gets the raw progress through its window.
        foreach (var (morph, from, to) in _morphs) morph.Interpolate(Math.Clamp((alpha - from) / (to - from), 0, 1));
    }

    /// <inheritdoc/>
    public override void Finish()
    {
        base.Finish();
        foreach (var (morph, _, _) in _morphs) morph.Finish();
        if (_end is not null) Code.AdoptFrom(_end);
    }

    private double Window(double alpha, double from, double to) => RateFunc(Math.Clamp((alpha - from) / (to - from), 0, 1));

    // Pairs two glyph groups glyph by glyph when they have the same glyphs (same count and point counts), so each glyph
    // interpolates its points and colour; false when they cannot be paired that way.
    private bool Pair(VGroup from, VGroup to, double start, double end)
    {
        if (from.Count != to.Count) return false;
        for (int g = 0; g < from.Count; g++)
            if (from[g].Points.Length != to[g].Points.Length || from[g].Submobjects.Count > 0) return false;
        for (int g = 0; g < from.Count; g++)
        {
            var live = from[g];
            _tracks.Add(new Track(live, (VMobject)live.DeepCopy(), to[g], start, end));
        }
        return true;
    }

    private void FadeOut(VMobject piece)
    {
        foreach (var m in piece.GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0))
        {
            var gone = (VMobject)m.DeepCopy();
            gone.SetOpacity(0, recurse: false);
            _tracks.Add(new Track(m, (VMobject)m.DeepCopy(), gone, 0, RemoveEnd));
        }
    }

    private void FadeIn(VMobject piece, VGroup incoming)
    {
        var live = (VMobject)piece.DeepCopy();
        incoming.AddCore([live]);
        var liveFamily = live.GetFamily();
        var endFamily = piece.GetFamily();
        for (int i = 0; i < liveFamily.Count; i++)
            if (liveFamily[i] is VMobject l && endFamily[i] is VMobject e && l.Points.Length > 0) AddTrack(l, e, InsertStart, 1, fadeIn: true);
    }

    private void AddTrack(VMobject live, VMobject end, double from, double to, bool fadeIn)
    {
        var start = (VMobject)end.DeepCopy();
        if (fadeIn) start.SetOpacity(0, recurse: false);
        _tracks.Add(new Track(live, start, end, from, to));
    }
}
