package wales.councilaudit.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the runner reads of the page a session shows, in one script call: the links (text, address, visibility,
 * language, whether in the page's chrome or its main content), the heading, the forms, the search form and the
 * language. On a narrow screen whose navigation hides behind a collapsed menu button, the script first presses it
 * (a {@code type=button} control, never a submission) and says so.
 */
record PageView(
        String url,
        String heading,
        String title,
        String lang,
        List<Link> links,
        List<Form> forms,
        Optional<SearchForm> search,
        String menuOpened) {

    record Link(String text, String href, boolean visible, String lang, boolean chrome, boolean main) {}

    /** A form that is not a search form, with its fields and submit controls counted. */
    record Form(
            String action,
            String method,
            int fields,
            int visibleFields,
            int unnamedFields,
            boolean submit,
            boolean visible) {}

    /** A GET search form: where it goes, its fields (the search input's value to be replaced) and the input. */
    record SearchForm(String action, List<List<String>> fields, String input) {}

    private static final String READ = String.join(
            "\n",
            "var out={url:location.href,title:document.title||'',lang:(document.documentElement.lang||'').toLowerCase(),",
            " heading:'',links:[],forms:[],search:null,menu:''};",
            "function vis(e){if(!e.getClientRects().length){return false;}var s=getComputedStyle(e);",
            " return s.visibility!=='hidden'&&s.display!=='none';}",
            "var btns=document.querySelectorAll('button,[role=button]');",
            "for(var i=0;i<btns.length;i++){var b=btns[i];var t=(b.innerText||'').trim();",
            " var collapsed=b.getAttribute('aria-expanded')==='false'&&b.hasAttribute('aria-controls');",
            " if(vis(b)&&(collapsed||/^(menu|dewislen|main menu|prif ddewislen)$/i.test(t))&&(b.type||'')!=='submit'){",
            "  var c=b.getAttribute('aria-controls');var target=c?document.getElementById(c):null;",
            "  if(!target||!vis(target)||target.getBoundingClientRect().height<2){b.click();out.menu=t||'menu';}",
            "  break;}}",
            "var h=document.querySelector('main h1,[role=main] h1')||document.querySelector('h1');",
            "out.heading=h?(h.innerText||h.textContent||'').trim().replace(/\\s+/g,' '):'';",
            "var as=document.querySelectorAll('a[href]');",
            "for(var i=0;i<as.length;i++){var a=as[i];var t=(a.innerText||a.textContent||'').trim().replace(/\\s+/g,' ');",
            " if(!t){t=a.getAttribute('aria-label')||'';var im=a.querySelector('img[alt]');if(!t&&im){t=im.alt;}}",
            " out.links.push({text:t,href:a.href,visible:vis(a),",
            "  lang:(a.getAttribute('hreflang')||a.getAttribute('lang')||'').toLowerCase(),",
            "  chrome:!!a.closest('nav,header,footer,[role=navigation],[role=banner],[role=contentinfo],form'),",
            "  main:!!a.closest('main,[role=main]')});}",
            "var names=['q','query','search','keys','k','term','s','keywords','searchtext','searchterm','text'];",
            "var fs=document.forms;",
            "for(var i=0;i<fs.length;i++){var f=fs[i];var method=(f.getAttribute('method')||'get').toLowerCase();",
            " var input=f.querySelector('input[type=search]');",
            " if(!input){var ins=f.querySelectorAll('input[name]');for(var j=0;j<ins.length;j++){",
            "  if(names.indexOf(ins[j].name.toLowerCase())>=0&&(ins[j].type==='text'||ins[j].type==='search')){input=ins[j];break;}}}",
            " var isSearch=(f.getAttribute('role')==='search'||!!input)&&f.querySelectorAll('textarea,select').length===0",
            "  &&f.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image])').length<=2;",
            " if(isSearch&&input&&input.name){if(!out.search&&method==='get'){var fields=[];",
            "  var els=f.querySelectorAll('input[name],select[name]');for(var j=0;j<els.length;j++){var e=els[j];",
            "   var ty=(e.type||'').toLowerCase();if(ty==='submit'||ty==='button'||ty==='image'||ty==='reset'){continue;}",
            "   if((ty==='checkbox'||ty==='radio')&&!e.checked){continue;}fields.push([e.name,e.value||'']);}",
            "  out.search={action:f.action||location.href,fields:fields,input:input.name};}continue;}",
            " var fields=f.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button])"
                    + ":not([type=image]):not([type=reset]),select,textarea');",
            " var visible=0,unnamed=0;for(var j=0;j<fields.length;j++){if(vis(fields[j])){visible++;}",
            "  var id=fields[j].id;var lab=(id&&document.querySelector('label[for=\"'+CSS.escape(id)+'\"]'))||fields[j].closest('label');",
            "  if(!lab&&!fields[j].getAttribute('aria-label')&&!fields[j].getAttribute('aria-labelledby')"
                    + "&&!fields[j].getAttribute('title')&&!fields[j].getAttribute('placeholder')){unnamed++;}}",
            " var subs=f.querySelectorAll('button:not([type]),button[type=submit],input[type=submit],input[type=image]');",
            " var sub=false;for(var j=0;j<subs.length;j++){if(vis(subs[j])){sub=true;}}",
            " out.forms.push({action:f.action||location.href,method:method,fields:fields.length,visibleFields:visible,",
            "  unnamedFields:unnamed,submit:subs.length>0,visible:vis(f)&&sub&&visible>0});}",
            "return out;");

    @SuppressWarnings("unchecked")
    static PageView read(WebDriver driver) {
        Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(READ);
        List<Link> links = new ArrayList<>();
        for (Object o : (List<Object>) m.get("links")) {
            Map<String, Object> l = (Map<String, Object>) o;
            links.add(new Link(
                    str(l.get("text")),
                    str(l.get("href")),
                    bool(l.get("visible")),
                    str(l.get("lang")),
                    bool(l.get("chrome")),
                    bool(l.get("main"))));
        }
        List<Form> forms = new ArrayList<>();
        for (Object o : (List<Object>) m.get("forms")) {
            Map<String, Object> f = (Map<String, Object>) o;
            forms.add(new Form(
                    str(f.get("action")),
                    str(f.get("method")),
                    num(f.get("fields")),
                    num(f.get("visibleFields")),
                    num(f.get("unnamedFields")),
                    bool(f.get("submit")),
                    bool(f.get("visible"))));
        }
        Optional<SearchForm> search = Optional.empty();
        if (m.get("search") instanceof Map<?, ?> s) {
            List<List<String>> fields = new ArrayList<>();
            for (Object pair : (List<Object>) s.get("fields")) {
                List<Object> p = (List<Object>) pair;
                fields.add(List.of(str(p.get(0)), str(p.get(1))));
            }
            search = Optional.of(new SearchForm(str(s.get("action")), fields, str(s.get("input"))));
        }
        return new PageView(
                str(m.get("url")),
                str(m.get("heading")),
                str(m.get("title")),
                str(m.get("lang")),
                links,
                forms,
                search,
                str(m.get("menu")));
    }

    /** The main content's text, for the no-results page. */
    static String mainText(WebDriver driver) {
        Object text = ((JavascriptExecutor) driver)
                .executeScript("var m=document.querySelector('main,[role=main]')||document.body;"
                        + "return m?(m.innerText||''):'';");
        return str(text);
    }

    /** The heading, or the document title when the page has no h1. */
    String headingOrTitle() {
        return heading.isEmpty() ? title : heading;
    }

    /** The language toggle to {@code lang}: a link marked with its language, or named "Cymraeg" / "English". */
    Optional<Link> toggle(Lang lang) {
        for (Link link : links) {
            if (link.lang().startsWith(lang.code()) && !link.href().startsWith("#")) {
                return Optional.of(link);
            }
        }
        String name = lang == Lang.CY ? "cymraeg" : "english";
        return links.stream()
                .filter(l -> TaskScript.normalise(l.text()).equals(name))
                .findFirst();
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static boolean bool(Object o) {
        return Boolean.TRUE.equals(o);
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
