using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A mathematical object: point data plus an ordered list of submobjects. Everything drawable
/// (and the camera frame) is a mobject. Positioning and styling methods are extension methods
/// in <see cref="MobjectLayout"/> and <see cref="MobjectStyle"/> so chains keep the receiver's type.
/// </summary>
public class Mobject
{
    private List<(Delegate Original, Action<Mobject, double> Call)> _updaters = [];

    /// <summary>Creates an empty mobject, optionally with children.</summary>
    public Mobject(params IEnumerable<Mobject> submobjects)
    {
        AddCore(submobjects);
    }

    /// <summary>This mobject's own points (not its children's). Replace the array to change the count.</summary>
    public Vector3[] Points { get; set; } = [];

    /// <summary>Ordered children. Prefer <c>Add</c>/<c>Remove</c> over editing the list.</summary>
    public List<Mobject> Submobjects { get; private set; } = [];

    /// <summary>Mobjects that hold this one as a child (a mobject may have several parents).</summary>
    public IReadOnlyList<Mobject> Parents => ParentList;

    internal List<Mobject> ParentList { get; private set; } = [];

    /// <summary>Draw-order key among top-level scene mobjects (stable sort, higher draws later).</summary>
    public int ZIndex { get; set; }

    /// <summary>When true the mobject is drawn in screen space, ignoring camera moves.</summary>
    public bool IsFixedInFrame { get; set; }

    /// <summary>When true the mobject's pieces are depth sorted against each other.</summary>
    public bool DepthTest { get; set; }

    /// <summary>How the fill reacts to the scene's light (unlit by default); see <c>SetShading</c>.</summary>
    public Shading Shading { get; set; }

    /// <summary>When true strokes lie in the mobject's plane (foreshortened and scaled by perspective) instead of facing the camera.</summary>
    public bool FlatStroke { get; set; }

    /// <summary>The copy made by <c>GenerateTarget()</c> (or <c>Animate()</c>).</summary>
    public Mobject? Target { get; set; }

    /// <summary>The copy made by <c>SaveState()</c>.</summary>
    public Mobject? SavedState { get; set; }

    /// <summary>True while an animation drives this mobject and its updaters are paused.</summary>
    public bool IsUpdatingSuspended { get; private set; }

    /// <summary>Set on a target built by <c>Animate()</c>: the mobject it will animate.</summary>
    internal Mobject? AnimateSource { get; set; }

    /// <summary>Number of children.</summary>
    public int Count => Submobjects.Count;

    /// <summary>The child at <paramref name="index"/> (supports <c>^1</c>).</summary>
    public Mobject this[Index index] => Submobjects[index];

    /// <summary>A new <see cref="Group"/> holding the children in <paramref name="range"/> (the children themselves, not copies).</summary>
    public Group this[Range range] => new(Submobjects.Take(range));

    // ---------------------------------------------------------------- family

    /// <summary>Adds children at the end (ignoring ones already present).</summary>
    /// <exception cref="ArgumentException">A mobject is added to itself.</exception>
    internal Mobject AddCore(IEnumerable<Mobject> mobjects)
    {
        foreach (var m in mobjects)
        {
            if (ReferenceEquals(m, this)) throw new ArgumentException($"A {GetType().Name} cannot be added to itself.");
            ValidateChild(m);
            if (Submobjects.Contains(m)) continue;
            Submobjects.Add(m);
            if (!m.ParentList.Contains(this)) m.ParentList.Add(this);
        }
        return this;
    }

    /// <summary>Adds children at the front (drawn first).</summary>
    internal Mobject AddToBackCore(IEnumerable<Mobject> mobjects)
    {
        var list = mobjects.Where(m => !ReferenceEquals(m, this)).ToList();
        list.ForEach(ValidateChild);
        Submobjects.RemoveAll(list.Contains);
        Submobjects.InsertRange(0, list);
        foreach (var m in list)
            if (!m.ParentList.Contains(this)) m.ParentList.Add(this);
        return this;
    }

    /// <summary>Throws when <paramref name="child"/> may not be a child of this kind of mobject.</summary>
    protected virtual void ValidateChild(Mobject child)
    {
    }

    /// <summary>Removes the given mobjects from every member of this family.</summary>
    internal Mobject RemoveCore(IEnumerable<Mobject> mobjects)
    {
        var set = mobjects.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var member in GetFamily())
        {
            if (member.Submobjects.RemoveAll(set.Contains) > 0)
            {
                foreach (var m in set.Cast<Mobject>()) m.ParentList.Remove(member);
            }
        }
        return this;
    }

    /// <summary>Replaces the child at <paramref name="index"/>.</summary>
    internal Mobject ReplaceSubmobjectCore(int index, Mobject replacement)
    {
        Submobjects[index].ParentList.Remove(this);
        Submobjects[index] = replacement;
        if (!replacement.ParentList.Contains(this)) replacement.ParentList.Add(this);
        return this;
    }

    /// <summary>Replaces all children.</summary>
    internal Mobject SetSubmobjectsCore(IEnumerable<Mobject> mobjects)
    {
        ClearCore();
        return AddCore(mobjects);
    }

    /// <summary>Removes all children.</summary>
    internal Mobject ClearCore()
    {
        foreach (var m in Submobjects) m.ParentList.Remove(this);
        Submobjects.Clear();
        return this;
    }

    /// <summary>This mobject followed by its descendants, depth first, pre-order, each once.</summary>
    public List<Mobject> GetFamily()
    {
        var result = new List<Mobject>();
        // Small families (a number's glyphs, a shape) are checked for repeats by a scan of the list; a set is built
        // only once the family grows. This is called many times a frame (bounding boxes), and the set was most of its cost.
        HashSet<Mobject>? seen = null;
        void Walk(Mobject m)
        {
            if (seen is not null)
            {
                if (!seen.Add(m)) return;
            }
            else if (result.Count < SmallFamily)
            {
                foreach (var r in result)
                    if (ReferenceEquals(r, m)) return;
            }
            else
            {
                seen = new HashSet<Mobject>(result, ReferenceEqualityComparer.Instance);
                if (!seen.Add(m)) return;
            }
            result.Add(m);
            foreach (var s in m.Submobjects) Walk(s);
        }
        Walk(this);
        return result;
    }

    private const int SmallFamily = 24;

    /// <summary>Family members that have points of their own.</summary>
    public List<Mobject> FamilyMembersWithPoints() => GetFamily().Where(m => m.Points.Length > 0).ToList();

    /// <summary>True when this mobject has points of its own.</summary>
    public bool HasPoints => Points.Length > 0;

    /// <summary>All points of the family, concatenated in family order.</summary>
    public Vector3[] GetAllPoints() => GetFamily().SelectMany(m => m.Points).ToArray();

    // ---------------------------------------------------------------- bounding box

    /// <summary>
    /// The family's axis-aligned bounding box as (min, mid, max). Fixed-size groups with no points
    /// have a zero box at the origin.
    /// </summary>
    public (Vector3 Min, Vector3 Mid, Vector3 Max) GetBoundingBox()
    {
        var min = new Vector3(float.PositiveInfinity);
        var max = new Vector3(float.NegativeInfinity);
        bool any = false;
        foreach (var m in GetFamily())
        {
            var points = m.BoundingPoints();
            if (points is Vector3[] array)
            {
                // The common case (the points themselves), without an interface enumerator per member.
                foreach (var p in array)
                {
                    min = Vector3.Min(min, p);
                    max = Vector3.Max(max, p);
                }
                any |= array.Length > 0;
                continue;
            }
            foreach (var p in points)
            {
                min = Vector3.Min(min, p);
                max = Vector3.Max(max, p);
                any = true;
            }
        }
        if (!any) return (Vector3.Zero, Vector3.Zero, Vector3.Zero);
        return (min, (min + max) * 0.5f, max);
    }

    /// <summary>Points that define this member's extent; subclasses with implicit geometry override.</summary>
    protected virtual IEnumerable<Vector3> BoundingPoints() => Points;

    /// <summary>The bounding-box point selected by the sign of each component of <paramref name="direction"/> (negative → min, 0 → mid, positive → max).</summary>
    public Vector3 GetBoundingBoxPoint(Vector3 direction)
    {
        var (min, mid, max) = GetBoundingBox();
        static float Pick(float d, float lo, float mi, float hi) => d < 0 ? lo : d > 0 ? hi : mi;
        return new Vector3(Pick(direction.X, min.X, mid.X, max.X), Pick(direction.Y, min.Y, mid.Y, max.Y), Pick(direction.Z, min.Z, mid.Z, max.Z));
    }

    /// <summary>Centre of the bounding box (not the centroid).</summary>
    public Vector3 GetCenter() => GetBoundingBox().Mid;

    /// <summary>Corner of the bounding box in a direction such as <c>UL</c>.</summary>
    public Vector3 GetCorner(Vector3 direction) => GetBoundingBoxPoint(direction);

    /// <summary>Centre of the box edge (or face) in <paramref name="direction"/>.</summary>
    public Vector3 GetEdgeCenter(Vector3 direction) => GetBoundingBoxPoint(direction);

    /// <summary>Top edge centre.</summary>
    public Vector3 GetTop() => GetEdgeCenter(Directions.Up);
    /// <summary>Bottom edge centre.</summary>
    public Vector3 GetBottom() => GetEdgeCenter(Directions.Down);
    /// <summary>Left edge centre.</summary>
    public Vector3 GetLeft() => GetEdgeCenter(Directions.Left);
    /// <summary>Right edge centre.</summary>
    public Vector3 GetRight() => GetEdgeCenter(Directions.Right);
    /// <summary>Front (max z) face centre.</summary>
    public Vector3 GetZenith() => GetEdgeCenter(Directions.Out);
    /// <summary>Back (min z) face centre.</summary>
    public Vector3 GetNadir() => GetEdgeCenter(Directions.In);

    /// <summary>Extent along dimension 0 (x), 1 (y) or 2 (z).</summary>
    public double LengthOverDim(int dim)
    {
        var (min, _, max) = GetBoundingBox();
        return max.Get(dim) - min.Get(dim);
    }

    /// <summary>Box width (x extent).</summary>
    public double GetWidth() => LengthOverDim(0);
    /// <summary>Box height (y extent).</summary>
    public double GetHeight() => LengthOverDim(1);
    /// <summary>Box depth (z extent).</summary>
    public double GetDepth() => LengthOverDim(2);

    /// <summary>The box coordinate along <paramref name="dim"/> selected by <paramref name="direction"/>.</summary>
    public double GetCoord(int dim, Vector3 direction = default) => GetBoundingBoxPoint(direction).Get(dim);
    /// <summary>x of the box point in <paramref name="direction"/> (centre by default).</summary>
    public double GetX(Vector3 direction = default) => GetCoord(0, direction);
    /// <summary>y of the box point in <paramref name="direction"/>.</summary>
    public double GetY(Vector3 direction = default) => GetCoord(1, direction);
    /// <summary>z of the box point in <paramref name="direction"/>.</summary>
    public double GetZ(Vector3 direction = default) => GetCoord(2, direction);

    /// <summary>First point of the family with points.</summary>
    public virtual Vector3 GetStart() => FirstWithPoints().Points[0];

    /// <summary>Last point of the family with points.</summary>
    public virtual Vector3 GetEnd() => LastWithPoints().Points[^1];

    /// <summary>The box point where the ray from the centre in <paramref name="direction"/> leaves the bounding box.</summary>
    public Vector3 GetContinuousBoundingBoxPoint(Vector3 direction)
    {
        var (min, mid, max) = GetBoundingBox();
        var half = (max - min) * 0.5f;
        float scale = float.PositiveInfinity;
        for (int d = 0; d < 3; d++)
        {
            float c = Math.Abs(direction.Get(d));
            if (c > 1e-9f) scale = Math.Min(scale, half.Get(d) / c);
        }
        if (float.IsInfinity(scale)) return mid;
        return mid + direction * scale;
    }

    private Mobject FirstWithPoints() =>
        GetFamily().FirstOrDefault(m => m.HasPoints) ?? throw new InvalidOperationException($"This {GetType().Name} has no points.");

    private Mobject LastWithPoints() =>
        GetFamily().LastOrDefault(m => m.HasPoints) ?? throw new InvalidOperationException($"This {GetType().Name} has no points.");

    // ---------------------------------------------------------------- point transforms

    /// <summary>Rotates the points by <paramref name="angle"/> about <paramref name="axis"/>; kinds whose rotation means something else (the camera frame turns its view) override it.</summary>
    internal protected virtual void RotateCore(double angle, Vector3 axis, Vector3? aboutPoint, Vector3? aboutEdge)
    {
        var matrix = VectorMath.RotationMatrix(angle, axis);
        ApplyPointsFunction(p => Vector3.Transform(p, matrix), aboutPoint, aboutEdge);
    }

    /// <summary>
    /// Applies <paramref name="function"/> to every point of the family, relative to a pivot:
    /// <paramref name="aboutPoint"/>, or the box point in <paramref name="aboutEdge"/>, or (both null) the centre.
    /// </summary>
    public void ApplyPointsFunction(Func<Vector3, Vector3> function, Vector3? aboutPoint = null, Vector3? aboutEdge = null)
    {
        var pivot = aboutPoint ?? GetBoundingBoxPoint(aboutEdge ?? Vector3.Zero);
        foreach (var m in GetFamily())
        {
            var pts = m.Points;
            for (int i = 0; i < pts.Length; i++) pts[i] = function(pts[i] - pivot) + pivot;
            m.OnPointsTransformed(p => function(p - pivot) + pivot);
        }
    }

    /// <summary>Moves every point of the family by <paramref name="offset"/>.</summary>
    public void ShiftPoints(Vector3 offset)
    {
        foreach (var m in GetFamily())
        {
            var pts = m.Points;
            for (int i = 0; i < pts.Length; i++) pts[i] += offset;
            m.OnPointsTransformed(p => p + offset);
        }
    }

    /// <summary>
    /// Called after this member's points went through a pointwise map (shift, scale, rotate, ...),
    /// so subclasses holding extra geometry (normals, anchors) can follow.
    /// </summary>
    protected virtual void OnPointsTransformed(Func<Vector3, Vector3> map)
    {
    }

    /// <summary>
    /// Fits this mobject around <paramref name="target"/> (see <see cref="MobjectLayout.Surround{T}"/>):
    /// replaces it, then grows so the matched dimension has <paramref name="buff"/> extra (0.25 by default).
    /// </summary>
    protected internal virtual void SurroundCore(Mobject target, int dimToMatch, bool stretch, double? buff)
    {
        this.Replace(target, dimToMatch, stretch);
        double length = target.LengthOverDim(dimToMatch);
        if (length > 1e-12) this.Scale((length + (buff ?? Constants.MedSmallBuff)) / length);
    }

    // ---------------------------------------------------------------- style hooks

    /// <summary>The representative colour (fill colour if filled, else stroke colour).</summary>
    public virtual Color GetColor() => Submobjects.Count > 0 ? Submobjects[0].GetColor() : Palette.White;

    /// <summary>Sets this member's own colour (not its children's); vector mobjects set fill and stroke.</summary>
    protected internal virtual void SetColorOwn(Color color, double? opacity)
    {
    }

    /// <summary>Sets this member's own opacity (not its children's).</summary>
    protected internal virtual void SetOpacityOwn(double opacity)
    {
    }

    /// <summary>
    /// Adds this member's own display items (not its children's) for the frame being captured: the projected pieces that
    /// show it. A plain mobject shows nothing; each drawable kind (vector paths, surfaces, dot clouds, images) makes its
    /// own items, so the capture needs no list of kinds.
    /// </summary>
    protected internal virtual void AddOwnDisplayItems(IDisplayItemSink sink)
    {
    }

    /// <summary>The representative opacity of this family.</summary>
    public virtual double GetOpacity() => Submobjects.Count > 0 ? Submobjects[0].GetOpacity() : 1.0;

    // ---------------------------------------------------------------- updaters

    /// <summary>True when this mobject or a descendant has updaters.</summary>
    public bool HasUpdaters => GetFamily().Any(m => m._updaters.Count > 0);

    /// <summary>Registered updaters of this mobject (not its children).</summary>
    public int UpdaterCount => _updaters.Count;

    /// <summary>Adds an updater called with the time step (seconds) every frame; it runs once immediately with dt = 0.</summary>
    internal Mobject AddUpdaterCore(Action<Mobject, double> updater, bool callNow = true)
    {
        _updaters.Add((updater, updater));
        if (callNow) updater(this, 0);
        return this;
    }

    /// <summary>Adds an updater called every frame; it runs once immediately.</summary>
    internal Mobject AddUpdaterCore(Action<Mobject> updater, bool callNow = true)
    {
        _updaters.Add((updater, (m, _) => updater(m)));
        if (callNow) updater(this);
        return this;
    }

    internal void AddUpdaterRaw(Delegate original, Action<Mobject, double> call, bool callNow)
    {
        _updaters.Add((original, call));
        if (callNow) call(this, 0);
    }

    /// <summary>Removes an updater previously added (matched by delegate).</summary>
    internal Mobject RemoveUpdaterCore(Delegate updater)
    {
        _updaters.RemoveAll(u => Equals(u.Original, updater));
        return this;
    }

    /// <summary>Removes every updater of the family (or only this member's when <paramref name="recurse"/> is false).</summary>
    internal Mobject ClearUpdatersCore(bool recurse = true)
    {
        foreach (var m in recurse ? GetFamily() : [this]) m._updaters.Clear();
        return this;
    }

    /// <summary>Runs the family's updaters: children first, then this mobject. Suspended members are skipped.</summary>
    internal Mobject UpdateCore(double dt = 0, bool recurse = true)
    {
        if (IsUpdatingSuspended) return this;
        if (recurse)
        {
            foreach (var s in Submobjects.ToArray()) s.UpdateCore(dt, true);
        }
        foreach (var (_, call) in _updaters.ToArray()) call(this, dt);
        return this;
    }

    /// <summary>Pauses updaters of the family (animations do this to the mobjects they drive).</summary>
    internal Mobject SuspendUpdatingCore(bool recurse = true)
    {
        foreach (var m in recurse ? GetFamily() : [this]) m.IsUpdatingSuspended = true;
        return this;
    }

    /// <summary>Resumes updaters of the family and, by default, runs them once.</summary>
    internal Mobject ResumeUpdatingCore(bool recurse = true, bool callUpdater = true)
    {
        foreach (var m in recurse ? GetFamily() : [this]) m.IsUpdatingSuspended = false;
        if (callUpdater) UpdateCore(0, recurse);
        return this;
    }

    // ---------------------------------------------------------------- copy, state, become

    /// <summary>
    /// Deep structural copy: new submobjects and point arrays, the same updaters. A child shared by several
    /// family members is copied once. Parents, target and saved state are not carried over.
    /// </summary>
    internal Mobject DeepCopy()
    {
        var map = new Dictionary<Mobject, Mobject>(ReferenceEqualityComparer.Instance);
        var copy = CopyInto(map);
        foreach (var (original, clone) in map) clone.RemapReferences(original, map);
        copy.ParentList = [];
        return copy;
    }

    private Mobject CopyInto(Dictionary<Mobject, Mobject> map)
    {
        if (map.TryGetValue(this, out var existing)) return existing;
        var clone = (Mobject)MemberwiseClone();
        map[this] = clone;
        clone.Points = (Vector3[])Points.Clone();
        clone.ParentList = [];
        clone.Target = null;
        clone.SavedState = null;
        clone.AnimateSource = null;
        clone.CopyOwnedFields();
        clone.Submobjects = new List<Mobject>(Submobjects.Count);
        foreach (var s in Submobjects)
        {
            var sc = s.CopyInto(map);
            clone.Submobjects.Add(sc);
            sc.ParentList.Add(clone);
        }
        return clone;
    }

    /// <summary>
    /// Called on a fresh shallow clone: replace every mutable reference field (arrays, lists) by a copy
    /// so the clone does not share state with the original. Call the base implementation.
    /// </summary>
    protected virtual void CopyOwnedFields()
    {
        _updaters = _updaters.ToList();
    }

    /// <summary>
    /// Called on each member of a fresh copy with the original-to-copy map of the whole family, so fields
    /// that point at family members (rows of a matrix, parts of a label) can be pointed at the copies.
    /// </summary>
    protected virtual void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
    }

    /// <summary>Looks up the copy of <paramref name="member"/> in a copy map, keeping it when it is not in the family.</summary>
    protected static T Remap<T>(T member, IReadOnlyDictionary<Mobject, Mobject> map) where T : Mobject =>
        map.TryGetValue(member, out var c) && c is T t ? t : member;

    /// <summary>Stores a copy as <see cref="Target"/> and returns it.</summary>
    internal Mobject GenerateTargetCore()
    {
        Target = DeepCopy();
        return Target;
    }

    /// <summary>Stores a copy as <see cref="SavedState"/>.</summary>
    internal Mobject SaveStateCore()
    {
        SavedState = DeepCopy();
        return this;
    }

    /// <summary>Becomes the saved state.</summary>
    /// <exception cref="InvalidOperationException">SaveState was never called.</exception>
    internal Mobject RestoreCore()
    {
        if (SavedState is null)
            throw new InvalidOperationException($"Restore() on a {GetType().Name} that has no saved state: call SaveState() first.");
        return BecomeCore(SavedState);
    }

    /// <summary>
    /// Takes on the structure, points and style of <paramref name="other"/> (which is not modified);
    /// this object keeps its identity and type.
    /// </summary>
    internal Mobject BecomeCore(Mobject other)
    {
        var source = other.DeepCopy();
        Alignment.AlignFamilies(this, source);
        var mine = GetFamily();
        var theirs = source.GetFamily();
        for (int i = 0; i < mine.Count; i++)
            mine[i].InterpolateFrom(theirs[i], theirs[i], 1, PathFunctions.Straight);
        return this;
    }

    // ---------------------------------------------------------------- alignment and interpolation

    /// <summary>
    /// Sets this member's own data to the interpolation between <paramref name="start"/> and
    /// <paramref name="end"/> (members of aligned families). Subclasses interpolate their style too.
    /// </summary>
    public virtual void InterpolateFrom(Mobject start, Mobject end, double alpha, PathFunc path)
    {
        var a = start.Points;
        var b = end.Points;
        if (a.Length != b.Length)
            throw new InvalidOperationException($"Cannot interpolate {start.GetType().Name} ({a.Length} points) and {end.GetType().Name} ({b.Length} points): align them first.");
        if (Points.Length != a.Length) Points = new Vector3[a.Length];
        var pts = Points;
        if (alpha == 0) a.CopyTo(pts);
        else if (alpha == 1) b.CopyTo(pts);
        else for (int i = 0; i < pts.Length; i++) pts[i] = path(a[i], b[i], alpha);
        IsFixedInFrame = alpha < 0.5 ? start.IsFixedInFrame : end.IsFixedInFrame;
        DepthTest = alpha < 0.5 ? start.DepthTest : end.DepthTest;
        FlatStroke = alpha < 0.5 ? start.FlatStroke : end.FlatStroke;
        Shading = Shading.Lerp(start.Shading, end.Shading, alpha);
        InterpolateOwnState(start, end, alpha);
    }

    /// <summary>Interpolates subclass state other than points (opacity, numeric values, ...).</summary>
    protected virtual void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
    }

    /// <summary>Makes this member's point count match <paramref name="other"/>'s (both may change).</summary>
    public virtual void AlignPointsWith(Mobject other)
    {
        int n = Math.Max(Points.Length, other.Points.Length);
        Points = Alignment.ResampleByRepetition(Points, n, GetCenter());
        other.Points = Alignment.ResampleByRepetition(other.Points, n, other.GetCenter());
    }

    /// <summary>A copy of this member alone (no children) with every point collapsed to its centre; used to pad families.</summary>
    public virtual Mobject GetPointMobject(Vector3? at = null)
    {
        var c = DeepCopy();
        c.ClearCore();
        var center = at ?? GetCenter();
        c.Points = Points.Length > 0 ? Enumerable.Repeat(center, Points.Length).ToArray() : [center];
        return c;
    }

    /// <inheritdoc/>
    public override string ToString() => GetType().Name;
}
