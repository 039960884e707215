import type { BannerProblem } from './protocol.js';

/** The error banner: the map below stays the last good one; each problem is a button that jumps to it. */
export function showBanner(banner: HTMLElement, problems: BannerProblem[], onOpen: (index: number) => void): void {
    banner.replaceChildren();
    if (problems.length === 0) {
        hideBanner(banner);
        return;
    }
    const title = document.createElement('div');
    title.className = 'jm-banner-title';
    const n = problems.length;
    title.textContent = `${n} problem${n === 1 ? '' : 's'}: showing the last good map`;
    const list = document.createElement('ul');
    problems.forEach((p, index) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `jm-problem jm-${p.severity}`;
        button.dataset.index = String(index);
        const where = document.createElement('span');
        where.className = 'jm-problem-location';
        where.textContent = p.location;
        const what = document.createElement('span');
        what.className = 'jm-problem-message';
        what.textContent = p.message;
        button.append(what, where);
        button.addEventListener('click', () => onOpen(index));
        item.append(button);
        list.append(item);
    });
    banner.append(title, list);
    banner.hidden = false;
    document.body.classList.add('jm-has-errors');
}

export function hideBanner(banner: HTMLElement): void {
    banner.hidden = true;
    banner.replaceChildren();
    document.body.classList.remove('jm-has-errors');
}
