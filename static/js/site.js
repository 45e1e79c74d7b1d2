/* Collapsible main menu on small screens. Without JavaScript the menu simply stays open. */
(function () {
    var toggle = document.querySelector(".nav-toggle");
    if (!toggle) {
        return;
    }
    document.documentElement.classList.add("js");
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", open ? "false" : "true");
    });
})();
