namespace AnimLib.Mobjects;

/// <summary>Family editing, copying, state and updater methods of <see cref="Mobject"/>; each returns the receiver with its own type.</summary>
public static class MobjectFamily
{
    // The params collections below are IReadOnlyList, not IEnumerable: a group is enumerable, and with an IEnumerable
    // parameter `parent.Add(group)` would silently add the group's children instead of the group itself.

    /// <summary>Adds children at the end (already present ones are skipped). A list adds each of its items; a group is added as one child.</summary>
    public static T Add<T>(this T m, params IReadOnlyList<Mobject> mobjects) where T : Mobject { m.AddCore(mobjects); return m; }

    /// <summary>Adds children at the front (drawn first).</summary>
    public static T AddToBack<T>(this T m, params IReadOnlyList<Mobject> mobjects) where T : Mobject { m.AddToBackCore(mobjects); return m; }

    /// <summary>Removes the given mobjects from every member of the family.</summary>
    public static T Remove<T>(this T m, params IReadOnlyList<Mobject> mobjects) where T : Mobject { m.RemoveCore(mobjects); return m; }

    /// <summary>Replaces the child at <paramref name="index"/>.</summary>
    public static T ReplaceSubmobject<T>(this T m, int index, Mobject replacement) where T : Mobject { m.ReplaceSubmobjectCore(index, replacement); return m; }

    /// <summary>Replaces all children.</summary>
    public static T SetSubmobjects<T>(this T m, IEnumerable<Mobject> mobjects) where T : Mobject { m.SetSubmobjectsCore(mobjects); return m; }

    /// <summary>Removes all children.</summary>
    public static T Clear<T>(this T m) where T : Mobject { m.ClearCore(); return m; }

    /// <summary>Deep structural copy (see <see cref="Mobject"/> remarks); keeps the static type.</summary>
    public static T Copy<T>(this T m) where T : Mobject => (T)m.DeepCopy();

    /// <summary>Stores a copy as the mobject's <see cref="Mobject.Target"/> and returns that copy, to be edited and then played with <c>MoveToTarget</c>.</summary>
    public static T GenerateTarget<T>(this T m) where T : Mobject => (T)m.GenerateTargetCore();

    /// <summary>Stores a copy as <see cref="Mobject.SavedState"/>.</summary>
    public static T SaveState<T>(this T m) where T : Mobject { m.SaveStateCore(); return m; }

    /// <summary>Becomes the saved state again.</summary>
    public static T Restore<T>(this T m) where T : Mobject { m.RestoreCore(); return m; }

    /// <summary>Takes on the structure, points and style of <paramref name="other"/> (unchanged), keeping its own identity and type.</summary>
    public static T Become<T>(this T m, Mobject other) where T : Mobject { m.BecomeCore(other); return m; }

    /// <summary><paramref name="count"/> copies of a vector mobject in a typed group.</summary>
    public static VGroup<T> Replicate<T>(this T m, int count) where T : VMobject =>
        new(Enumerable.Range(0, count).Select(_ => m.Copy()));

    /// <summary><paramref name="count"/> copies of a mobject in a group.</summary>
    public static Group Replicate(this Mobject m, int count) =>
        new(Enumerable.Range(0, count).Select(_ => m.DeepCopy()));

    /// <summary>Adds an updater called with the mobject every frame (and once now).</summary>
    public static T AddUpdater<T>(this T m, Action<T> updater, bool callNow = true) where T : Mobject
    {
        m.AddUpdaterRaw(updater, (x, _) => updater((T)x), false);
        if (callNow) updater(m);
        return m;
    }

    /// <summary>Adds an updater called with the mobject and the frame's time step in seconds (and once now with dt = 0).</summary>
    public static T AddUpdater<T>(this T m, Action<T, double> updater, bool callNow = true) where T : Mobject
    {
        m.AddUpdaterRaw(updater, (x, dt) => updater((T)x, dt), false);
        if (callNow) updater(m, 0);
        return m;
    }

    /// <summary>Removes an updater (the same delegate instance that was added).</summary>
    public static T RemoveUpdater<T>(this T m, Delegate updater) where T : Mobject { m.RemoveUpdaterCore(updater); return m; }

    /// <summary>Removes all updaters of the family (or only the mobject's own).</summary>
    public static T ClearUpdaters<T>(this T m, bool recurse = true) where T : Mobject { m.ClearUpdatersCore(recurse); return m; }

    /// <summary>Runs the family's updaters once with time step <paramref name="dt"/>.</summary>
    public static T Update<T>(this T m, double dt = 0, bool recurse = true) where T : Mobject { m.UpdateCore(dt, recurse); return m; }

    /// <summary>Pauses the family's updaters.</summary>
    public static T SuspendUpdating<T>(this T m, bool recurse = true) where T : Mobject { m.SuspendUpdatingCore(recurse); return m; }

    /// <summary>Resumes the family's updaters (running them once by default).</summary>
    public static T ResumeUpdating<T>(this T m, bool recurse = true, bool callUpdater = true) where T : Mobject { m.ResumeUpdatingCore(recurse, callUpdater); return m; }

    /// <summary>Draws the family in screen space, unaffected by camera moves.</summary>
    public static T FixInFrame<T>(this T m) where T : Mobject
    {
        foreach (var x in m.GetFamily()) x.IsFixedInFrame = true;
        return m;
    }

    /// <summary>Undoes <see cref="FixInFrame{T}"/>.</summary>
    public static T UnfixFromFrame<T>(this T m) where T : Mobject
    {
        foreach (var x in m.GetFamily()) x.IsFixedInFrame = false;
        return m;
    }

    /// <summary>Sets the draw-order key of the family.</summary>
    public static T SetZIndex<T>(this T m, int zIndex) where T : Mobject
    {
        foreach (var x in m.GetFamily()) x.ZIndex = zIndex;
        return m;
    }
}
