//! Equality of shared data by identity first: what component properties and hook
//! dependencies that hold a report, a bundle or an article compare (hook-free helpers).

use std::rc::Rc;

/// Equality of shared data for component properties: the same allocation is equal at once;
/// only different allocations are compared by content. (`Rc`'s own `==` always compares the
/// contents of types that are not `Eq`, which for a report or a bundle means reading all of
/// it on every redraw.)
pub fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
    Rc::ptr_eq(a, b) || **a == **b
}

/// Shared data as a hook dependency: equal as [`same`] says, and kept alive for as long as the
/// hook keeps it (a bare address as the dependency could be taken by a later allocation).
#[derive(Clone, Debug)]
pub struct SameRc<T>(pub Rc<T>);

impl<T: PartialEq> PartialEq for SameRc<T> {
    fn eq(&self, o: &SameRc<T>) -> bool {
        same(&self.0, &o.0)
    }
}
