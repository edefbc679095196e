//! A compact binary encoding for handing a report from the web worker to the page: smaller and
//! much faster to read than JSON, with little code.
//!
//! Integers are LEB128 varints, floats 8 bytes little-endian, strings their length and UTF-8
//! bytes, lists their length and items, `Option` a 0/1 byte and the value, unit enums one byte,
//! structs their fields in order (declared by `json_struct!(wire …)` in
//! [`json`](super::json), so the field list is written once). Both ends are the same build, so there is no
//! versioning; a message that is cut short or damaged gives [`Damaged`], never a panic.

use crate::engine::sorted::SortedMap;
use std::fmt;

/// The message ended early or holds something that cannot be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Damaged;

impl fmt::Display for Damaged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the analysis worker's answer is cut short or damaged")
    }
}

impl std::error::Error for Damaged {}

/// Reads values from the front of a byte slice.
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader over `bytes`.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    /// True when everything was read.
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// One byte.
    ///
    /// # Errors
    /// At the end.
    pub fn byte(&mut self) -> Result<u8, Damaged> {
        let (&b, rest) = self.rest.split_first().ok_or(Damaged)?;
        self.rest = rest;
        Ok(b)
    }

    /// The next `n` bytes.
    ///
    /// # Errors
    /// When fewer are left.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], Damaged> {
        if n > self.rest.len() {
            return Err(Damaged);
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(head)
    }

    /// An unsigned LEB128 integer.
    ///
    /// # Errors
    /// At the end, or when it does not fit in 64 bits.
    pub fn uint(&mut self) -> Result<u64, Damaged> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err(Damaged);
            }
            n |= part << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Damaged)
    }

    /// A count of items or bytes that follow. Every item takes at least one byte, so a count
    /// larger than what is left is damage (and never reaches an allocation).
    ///
    /// # Errors
    /// When it is larger than the bytes left.
    pub fn count(&mut self) -> Result<usize, Damaged> {
        let n = usize::try_from(self.uint()?).map_err(|_| Damaged)?;
        if n > self.rest.len() { Err(Damaged) } else { Ok(n) }
    }
}

/// Appends an unsigned LEB128 integer.
pub fn put_uint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A value with a binary encoding.
pub trait Wire: Sized {
    /// Appends the value.
    fn put(&self, out: &mut Vec<u8>);

    /// Reads a value.
    ///
    /// # Errors
    /// When the bytes are cut short or damaged.
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged>;
}

/// The encoding of `value`.
pub fn encode<T: Wire>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.put(&mut out);
    out
}

/// The value encoded in `bytes`, which must hold exactly one.
///
/// # Errors
/// When the bytes are cut short, damaged, or go on after the value.
pub fn decode<T: Wire>(bytes: &[u8]) -> Result<T, Damaged> {
    let mut r = Reader::new(bytes);
    let v = T::take(&mut r)?;
    if r.is_empty() { Ok(v) } else { Err(Damaged) }
}

impl Wire for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, *self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        r.uint()
    }
}

impl Wire for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, *self as u64);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        usize::try_from(r.uint()?).map_err(|_| Damaged)
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Damaged),
        }
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        let bytes: [u8; 8] = r.bytes(8)?.try_into().map_err(|_| Damaged)?;
        Ok(f64::from_le_bytes(bytes))
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        let n = r.count()?;
        std::str::from_utf8(r.bytes(n)?).map(str::to_string).map_err(|_| Damaged)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::take(r).map(Some),
            _ => Err(Damaged),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        for item in self {
            item.put(out);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        let n = r.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::take(r)?);
        }
        Ok(items)
    }
}

impl<T: Wire> Wire for Box<T> {
    fn put(&self, out: &mut Vec<u8>) {
        (**self).put(out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        T::take(r).map(Box::new)
    }
}

impl Wire for SortedMap<String, usize> {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        for (k, v) in self {
            k.put(out);
            v.put(out);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Damaged> {
        let n = r.count()?;
        let mut map = SortedMap::new();
        for _ in 0..n {
            let k = String::take(r)?;
            map.insert(k, usize::take(r)?);
        }
        Ok(map)
    }
}

/// The encoding of a struct: its fields in order (the list `json_struct!(wire …)` was given;
/// the JSON modes do not matter here).
macro_rules! wire_struct {
    ($ty:ident { $($field:ident $(: $mode:ident $(= $default:path)?)?),* $(,)? }) => {
        impl $crate::engine::wire::Wire for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                $( $crate::engine::wire::Wire::put(&self.$field, out); )*
            }
            fn take(r: &mut $crate::engine::wire::Reader<'_>) -> Result<Self, $crate::engine::wire::Damaged> {
                Ok($ty { $( $field: $crate::engine::wire::Wire::take(r)?, )* })
            }
        }
    };
}
pub(crate) use wire_struct;

/// The encoding of a unit enum: one byte, the variant's place in the list. The list must be
/// in declaration order (checked when compiling), so that the byte is the discriminant.
macro_rules! wire_enum {
    ($ty:ident { $($variant:ident $(= $name:literal)?),* $(,)? }) => {
        impl $ty {
            const WIRE: &'static [$ty] = &[$($ty::$variant),*];
        }
        const _: () = {
            let mut i = 0;
            while i < $ty::WIRE.len() {
                assert!($ty::WIRE[i] as usize == i, "variants in declaration order");
                i += 1;
            }
        };
        impl $crate::engine::wire::Wire for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                out.push(*self as u8);
            }
            fn take(r: &mut $crate::engine::wire::Reader<'_>) -> Result<Self, $crate::engine::wire::Damaged> {
                $ty::WIRE.get(usize::from(r.byte()?)).copied().ok_or($crate::engine::wire::Damaged)
            }
        }
    };
}
pub(crate) use wire_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_round_trip_as_leb128() {
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let bytes = encode(&n);
            assert_eq!(decode::<u64>(&bytes), Ok(n));
        }
        assert_eq!(encode(&300u64), [0xac, 0x02]);
        assert_eq!(decode::<u64>(&[0xff; 11]), Err(Damaged));
        assert_eq!(decode::<u64>(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]), Err(Damaged));
    }

    #[test]
    fn damaged_input_is_an_error() {
        let v: Vec<Option<String>> = vec![Some("é".into()), None, Some(String::new())];
        let bytes = encode(&v);
        assert_eq!(decode::<Vec<Option<String>>>(&bytes), Ok(v));
        for n in 0..bytes.len() {
            assert_eq!(decode::<Vec<Option<String>>>(&bytes[..n]), Err(Damaged), "cut at {n}");
        }
        assert_eq!(decode::<Vec<u64>>(&[0xff, 0xff, 0xff, 0xff, 0x0f]), Err(Damaged), "a huge count");
        assert_eq!(decode::<String>(&[2, 0xc3, 0x28]), Err(Damaged), "not UTF-8");
        assert_eq!(decode::<bool>(&[2]), Err(Damaged));
        assert_eq!(decode::<u64>(&[1, 0]), Err(Damaged), "bytes after the value");
    }
}
