package uk.openband.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.identity.SignedInUser;

@RestController
@Tag(name = "Identity")
class MeApiController {

    /** Who the API caller is. */
    public record Me(String username, String displayName, List<String> roles, Long settingId) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller's username, roles and, for a SENCO, their setting")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        return new Me(user.getUsername(), user.displayName(), List.of(user.role().name()), user.settingId());
    }
}
