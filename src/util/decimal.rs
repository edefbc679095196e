//! Floats written as decimal numbers without the standard library's float formatting (`{:.1}`,
//! a float's `Display`), which costs about 7 KB of download in the web build: [`fixed`] for a
//! fixed number of decimals ("12.5 MB", "40%"), with integer arithmetic, and [`shortest`] for
//! the shortest decimal that reads back as the same float, with serde_json's float writer
//! (which the web build carries anyway). Each writes exactly what `format!` writes (tests
//! compare them on many values), so both may be used natively too.

/// `x` with `places` decimals, as `format!("{x:.places$}")` writes it: the exact value of the
/// float rounded to the nearest decimal, a tie to the even digit; "-" before a negative value
/// (also one that rounds to zero, and -0.0), "NaN", "inf" and "-inf".
///
/// # Example
/// ```
/// use parallax::util::decimal::fixed;
/// assert_eq!(fixed(12.25, 1), "12.2");
/// assert_eq!(fixed(0.125 * 100.0, 0), "12");
/// assert_eq!(fixed(2.0 / 3.0, 2), "0.67");
/// ```
pub fn fixed(x: f64, places: usize) -> String {
    rounded(x, places, false)
}

/// `x` with `places` decimals; a tie goes up when `ties_up`, else to the even digit.
fn rounded(x: f64, places: usize, ties_up: bool) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // x = m · 2^e exactly; x · 10^places rounded to an integer (a tie to the even one) gives
    // the digits.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
    let mut n = Big::from(m);
    for _ in 0..places {
        n.mul_small(10);
    }
    if e >= 0 {
        n.shl(e.unsigned_abs());
    } else {
        n.shr_rounded(e.unsigned_abs(), ties_up);
    }
    let mut digits = n.digits();
    if places > 0 {
        while digits.len() <= places {
            digits.insert(0, b'0');
        }
        digits.insert(digits.len() - places, b'.');
    }
    out.push_str(std::str::from_utf8(&digits).unwrap_or_default());
    out
}

/// `x` as `format!("{x}")` writes it: the fewest digits that read back as `x`, without an
/// exponent ("3.5", "1100", "0.0001", "1000000000000000000000"), "-" before a negative value
/// and -0.0, "NaN", "inf" and "-inf".
///
/// # Example
/// ```
/// use parallax::util::decimal::shortest;
/// assert_eq!(shortest(3.5), "3.5");
/// assert_eq!(shortest(1100.0), "1100");
/// assert_eq!(shortest(1e-7), "0.0000001");
/// ```
pub fn shortest(x: f64) -> String {
    let Some(n) = serde_json::Number::from_f64(x.abs()) else {
        return if x.is_nan() {
            "NaN".to_string()
        } else if x > 0.0 {
            "inf".to_string()
        } else {
            "-inf".to_string()
        };
    };
    // serde_json writes "3.5", "1100.0", "1e21" or "1.5e-7": the digits and where the point goes.
    let written = n.to_string();
    let (mantissa, exponent) = written.split_once(['e', 'E']).unwrap_or((&written, "0"));
    let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    // The value is 0.d1d2d3… × 10^point.
    let point = int.len() as i64 + exponent;
    let first = digits.iter().position(|&d| d != b'0');
    let last = digits.iter().rposition(|&d| d != b'0');
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let (Some(first), Some(last)) = (first, last) else {
        out.push('0');
        return out;
    };
    let (digits, point) = (&digits[first..=last], point - first as i64);
    // serde_json's writer finds the fewest digits, but of two such decimals it does not always
    // take the one `Display` takes: the closer one, and of two as close the larger. Past 15
    // digits (where two can read back as `x`) that one is written exactly.
    if digits.len() > 15 {
        let places = digits.len() as i64 - point;
        if places >= 0 {
            return rounded(x, places as usize, true);
        }
        // An integer of more digits: the closest `digits.len()` leading digits, then zeros.
        let whole = fixed(x.abs(), 0);
        let keep = digits.len();
        let mut lead = whole.as_bytes()[..keep].to_vec();
        let rest = &whole.as_bytes()[keep..];
        let up = match rest[0].cmp(&b'5') {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => true,
        };
        if up {
            let mut k = keep;
            while k > 0 && lead[k - 1] == b'9' {
                lead[k - 1] = b'0';
                k -= 1;
            }
            if k == 0 {
                lead.insert(0, b'1');
            } else {
                lead[k - 1] += 1;
            }
        }
        out.push_str(std::str::from_utf8(&lead).unwrap_or_default());
        out.extend(std::iter::repeat_n('0', whole.len() + 1 - lead.len() - usize::from(lead.len() == keep)));
        return out;
    }
    let mut push = |d: &[u8]| out.push_str(std::str::from_utf8(d).unwrap_or_default());
    if point <= 0 {
        push(b"0.");
        push(&vec![b'0'; point.unsigned_abs() as usize]);
        push(digits);
    } else if point as usize >= digits.len() {
        push(digits);
        push(&vec![b'0'; point as usize - digits.len()]);
    } else {
        push(&digits[..point as usize]);
        push(b".");
        push(&digits[point as usize..]);
    }
    out
}

/// A non-negative integer of any size (a float's exact value scaled by a power of ten), as
/// 32-bit limbs, least significant first.
struct Big(Vec<u32>);

impl Big {
    fn from(n: u64) -> Big {
        Big(vec![n as u32, (n >> 32) as u32])
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for l in &mut self.0 {
            let v = u64::from(*l) * u64::from(k) + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn shl(&mut self, bits: u32) {
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for l in &mut self.0 {
                let v = (*l << bits) | carry;
                carry = *l >> (32 - bits);
                *l = v;
            }
            self.0.push(carry);
        }
        self.0.splice(0..0, std::iter::repeat_n(0, words));
    }

    fn bit(&self, k: u32) -> bool {
        self.0.get((k / 32) as usize).is_some_and(|l| l >> (k % 32) & 1 == 1)
    }

    /// Divides by 2^bits, rounding to the nearest integer, a tie up or to the even one.
    fn shr_rounded(&mut self, bits: u32, ties_up: bool) {
        if bits == 0 {
            return;
        }
        let half = self.bit(bits - 1);
        let below = (0..bits - 1).any(|k| self.bit(k));
        let (words, rest) = ((bits / 32) as usize, bits % 32);
        self.0.drain(..words.min(self.0.len()));
        if rest > 0 {
            let mut carry = 0u32;
            for l in self.0.iter_mut().rev() {
                let v = (*l >> rest) | carry;
                carry = *l << (32 - rest);
                *l = v;
            }
        }
        if half && (below || ties_up || self.bit(0)) {
            let mut k = 0;
            loop {
                if k == self.0.len() {
                    self.0.push(0);
                }
                self.0[k] = self.0[k].wrapping_add(1);
                if self.0[k] != 0 {
                    break;
                }
                k += 1;
            }
        }
    }

    /// The decimal digits (at least one), by dividing down by 10^9.
    fn digits(mut self) -> Vec<u8> {
        let mut groups = Vec::new();
        loop {
            while self.0.last() == Some(&0) {
                self.0.pop();
            }
            if self.0.is_empty() {
                break;
            }
            let mut rest = 0u64;
            for l in self.0.iter_mut().rev() {
                let cur = (rest << 32) | u64::from(*l);
                *l = (cur / 1_000_000_000) as u32;
                rest = cur % 1_000_000_000;
            }
            groups.push(rest as u32);
        }
        let mut out = Vec::new();
        for (k, g) in groups.iter().rev().enumerate() {
            let mut d = g.to_string().into_bytes();
            if k > 0 {
                d.splice(0..0, std::iter::repeat_n(b'0', 9 - d.len()));
            }
            out.extend(d);
        }
        if out.is_empty() {
            out.push(b'0');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A xorshift generator: the same numbers on every run.
    fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
        move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        }
    }

    /// Compares with the standard library on special values and many random floats of every
    /// magnitude.
    #[test]
    fn shortest_writes_what_format_writes() {
        let check = |x: f64| assert_eq!(shortest(x), format!("{x}"), "{x:e}");
        for x in [0.0, -0.0, 0.5, 3.5, 1100.0, 1e21, 1e22, 1e-7, 5e-324, f64::MAX, f64::MIN_POSITIVE, 0.1 + 0.2] {
            check(x);
            check(-x);
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            check(x);
        }
        let mut next = xorshift(0x2545_f491_4f6c_dd1du64);
        for _ in 0..20_000 {
            // Any bit pattern, large integers, and numbers as articles write them.
            check(f64::from_bits(next()));
            check((next() >> (next() % 64)) as f64);
            check((next() % 100_000_000) as f64 / 10f64.powi((next() % 12) as i32));
        }
    }

    /// Compares with the standard library on ties, special values and many random floats of
    /// every magnitude.
    #[test]
    fn fixed_writes_what_format_writes() {
        let check = |x: f64| {
            for places in 0..=4 {
                assert_eq!(fixed(x, places), format!("{x:.places$}"), "{x:e} with {places} decimals");
            }
        };
        for x in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.25, 0.35, 0.05, 1.005, 12.25, 99.95, 99.5, 1e-300, 5e-324] {
            check(x);
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN, f64::MIN_POSITIVE, 2f64.powi(60)] {
            check(x);
        }
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15u64);
        for _ in 0..20_000 {
            // Any bit pattern, and values like the app's (shares, sizes, pixel positions).
            check(f64::from_bits(next()));
            check((next() % 2_000_001) as f64 / 1000.0 - 1000.0);
            check((next() % 10_000) as f64 / (1 + next() % 1000) as f64);
        }
    }
}
