//! Ordering the short lists the app sorts (sections, tiers, due cards, attempts, chosen options).
//!
//! Every element type sorted with the standard library's sorts adds kilobytes of wasm, and the first view has a
//! transfer budget; these lists hold at most a few thousand entries and usually arrive nearly sorted, where an
//! insertion sort is as fast and compiles to a few hundred bytes. Measured (docs/size.md): the standard sorts in
//! its place add 11.6 kB gzip to the app's wasm and 11.6 kB to the embedded page's.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && compare(&items[at], &items[at - 1]) == Ordering::Less {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives each of them, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Moves the `count` items that come first by `compare` to the front of `items`, in that order; the rest follow
/// in no particular order. Costs one pass over the list per item moved, so it is for small `count`s.
pub fn first_by<T>(items: &mut [T], count: usize, mut compare: impl FnMut(&T, &T) -> Ordering) {
    for slot in 0..count.min(items.len()) {
        let mut best = slot;
        for candidate in slot + 1..items.len() {
            if compare(&items[candidate], &items[best]) == Ordering::Less {
                best = candidate;
            }
        }
        items.swap(slot, best);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(
            items,
            vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
    }

    #[test]
    fn matches_the_standard_sort_on_many_lists() {
        let mut seed = 17_u64;
        for len in 0..60 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_by_key(&mut items, |item| item.0);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn first_by_puts_the_best_in_front() {
        let mut items = vec![5, 9, 1, 7, 3, 8];
        first_by(&mut items, 3, |a, b| b.cmp(a));
        assert_eq!(&items[..3], &[9, 8, 7]);
        let mut short = vec![2, 4];
        first_by(&mut short, 5, |a, b| b.cmp(a));
        assert_eq!(short, vec![4, 2]);
    }
}
