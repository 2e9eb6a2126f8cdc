using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A speech or thought bubble: <c>bubble[0]</c> is the body (filled BLACK 0.8, stroked WHITE 3), <c>bubble[1]</c> the
/// content (an invisible filler rectangle when none is given). The tail points down and toward <see cref="Direction"/>
/// (Left by default); <see cref="PinTo"/> puts its tip on a mobject and <see cref="AddContent"/> places something inside.
/// </summary>
public abstract class Bubble : VGroup
{
    /// <summary>Builds the bubble around <paramref name="content"/> (or a filler rectangle of <paramref name="fillerShape"/>).</summary>
    protected Bubble(VMobject? content, (double Width, double Height) fillerShape, Vector3? direction, bool addContent,
        Color? fillColor, double fillOpacity, Color? strokeColor, double strokeWidth)
    {
        Direction = direction ?? Directions.Left;
        Content = content ?? new Rectangle(fillerShape.Width, fillerShape.Height).SetFill(opacity: 0).SetStroke(width: 0);
        // Built by the subclass from its own fields, which the base constructor cannot see yet: see Build.
        _pendingStyle = (fillColor ?? Palette.Black, fillOpacity, strokeColor ?? Palette.White, strokeWidth, addContent);
        Body = new VGroup();
    }

    private (Color Fill, double FillOpacity, Color Stroke, double StrokeWidth, bool AddContent)? _pendingStyle;

    /// <summary>Side the tail points to (Left or Right).</summary>
    public Vector3 Direction { get; private set; }

    /// <summary>The shape (cloud with circles, or rounded box with a stem).</summary>
    public VMobject Body { get; private set; }

    /// <summary>What is inside.</summary>
    public VMobject Content { get; private set; }

    /// <summary>Creates the body around the content's box; called once by the subclass constructor through <see cref="Build"/>.</summary>
    protected abstract VMobject CreateBody(VMobject content, Vector3 direction);

    /// <summary>Finishes construction: creates and styles the body and adds body and content. Subclass constructors call it last.</summary>
    protected void Build()
    {
        if (_pendingStyle is not { } style) throw new InvalidOperationException("Bubble.Build was called twice.");
        _pendingStyle = null;
        Body = CreateBody(Content, Direction);
        Body.SetFill(style.Fill, style.FillOpacity).SetStroke(style.Stroke, style.StrokeWidth);
        this.Add((Mobject)Body);
        if (style.AddContent) this.Add((Mobject)Content);
    }

    /// <summary>The tail's tip: the body's lower corner on the <see cref="Direction"/> side.</summary>
    public virtual Vector3 GetTip() => Body.GetCorner(Directions.Down + Direction);

    /// <summary>Where content is centred: a little above the box centre (the tail takes the bottom).</summary>
    public Vector3 GetBubbleCenter() => Body.GetCenter() + Directions.Up * (float)(Body.GetHeight() / 8);

    /// <summary>Moves the bubble so its tip touches <paramref name="mobject"/>'s upper corner opposite the tail; optionally flips it toward the screen centre first.</summary>
    public Bubble PinTo(Mobject mobject, bool autoFlip = false)
    {
        var center = mobject.GetCenter();
        bool wantToFlip = Math.Sign(center.X) != -Math.Sign(Direction.X);
        if (wantToFlip && autoFlip) Flip();
        var boundary = mobject.GetBoundingBoxPoint(Directions.Up - Direction);
        this.Shift(boundary - GetTip());
        return this;
    }

    /// <summary>Mirrors the bubble left-right (its tail changes side) about its centre.</summary>
    public Bubble Flip()
    {
        var center = GetCenter();
        this.Stretch(-1, 0, aboutPoint: center);
        // Content should not read mirrored: stretch it back about its own centre.
        if (Submobjects.Contains(Content)) Content.Stretch(-1, 0);
        Direction = Direction with { X = -Direction.X };
        return this;
    }

    /// <summary>Shrinks <paramref name="mobject"/> to fit inside the body (keeping <paramref name="buff"/> free) and centres it there.</summary>
    public T PositionMobjectInside<T>(T mobject, double buff = Constants.MedLargeBuff) where T : Mobject
    {
        mobject.SetMaxWidth(Body.GetWidth() - 2 * buff);
        mobject.SetMaxHeight(Body.GetHeight() / 1.5 - 2 * buff);
        mobject.Shift(GetBubbleCenter() - mobject.GetCenter());
        return mobject;
    }

    /// <summary>Places <paramref name="mobject"/> inside (see <see cref="PositionMobjectInside"/>), makes it the content and returns it.</summary>
    public T AddContent<T>(T mobject) where T : VMobject
    {
        PositionMobjectInside(mobject);
        if (Submobjects.Contains(Content)) this.Remove((Mobject)Content);
        Content = mobject;
        this.Add((Mobject)mobject);
        return mobject;
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        Body = Remap(Body, map);
        Content = Remap(Content, map);
    }
}
